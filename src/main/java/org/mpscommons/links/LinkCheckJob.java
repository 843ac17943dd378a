package org.mpscommons.links;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every link's address once a day, and at once when an editor asks. On a site with several nodes each node
 * has the same schedule, so every run first takes the job's lease ({@link JobLease}): only one node checks, and the
 * linked sites get one visit a day, not one per node. Runs on a thread of its own: a check takes minutes when sites
 * are slow, and the scheduler's one thread must stay free for the other jobs (mail delivery).
 */
@Component
class LinkCheckJob {

    static final String JOB = "links.check";
    /** Renewed before each link; a link's worst case (redirects × timeouts) stays well inside it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /**
     * The daily run leaves out links checked this recently: another node, whose clock runs a little ahead, may have
     * just finished the same day's run.
     */
    static final Duration RECENT = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(LinkCheckJob.class);

    private final LinkRepository links;
    private final LinkChecker checker;
    private final JobLease lease;
    private final LinkEditing editing;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "link-checker");
        thread.setDaemon(true);
        return thread;
    });

    LinkCheckJob(
            LinkRepository links,
            LinkChecker checker,
            JobLease lease,
            LinkEditing editing,
            AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.links = links;
        this.checker = checker;
        this.lease = lease;
        this.editing = editing;
        this.clock = clock;
    }

    @Scheduled(cron = "${mps.links.check-cron}", zone = "${mps.site.time-zone}")
    void daily() {
        worker.execute(() -> {
            String holder = lease.acquire(JOB, LEASE);
            if (holder == null) {
                log.info("Another node is checking the links");
                return;
            }
            checkAll(holder, clock.instant().minus(RECENT));
        });
    }

    /**
     * An editor's "check all links now": starts a run in the background.
     *
     * @return false when a run is going on already (on this node or another)
     */
    boolean startAll(MemberPrincipal editor) {
        String holder = lease.acquire(JOB, LEASE);
        if (holder == null) {
            return false;
        }
        audit.record(editor.id(), editor.displayName(), "links.checkAll", null, null, null, null);
        worker.execute(() -> checkAll(holder, null));
        return true;
    }

    /** An editor's "check now" for one link: on the request's thread, so the page shows the result. */
    CheckResult checkOne(MemberPrincipal editor, Link link) {
        CheckResult result = checker.check(link.url());
        links.recordCheck(link.id(), link.url(), result, clock.instant());
        editing.record(
                editor,
                "links.check",
                link.id(),
                link.titleEn(),
                result.status().name());
        return result;
    }

    /** @param skipCheckedAfter leave out links checked after this time; null checks them all */
    void checkAll(String holder, Instant skipCheckedAfter) {
        Map<CheckStatus, Integer> found = new EnumMap<>(CheckStatus.class);
        try {
            for (Link link : links.withAddress()) {
                if (skipCheckedAfter != null
                        && link.checkedAt() != null
                        && link.checkedAt().isAfter(skipCheckedAfter)) {
                    continue;
                }
                if (!lease.renew(JOB, holder, LEASE)) {
                    log.warn("Link check stopped: its lease ran out and another node took over");
                    return;
                }
                CheckResult result = checker.check(link.url());
                links.recordCheck(link.id(), link.url(), result, clock.instant());
                found.merge(result.status(), 1, Integer::sum);
            }
            log.info("Checked links: {}", found);
        } catch (RuntimeException e) {
            log.error("Link check failed", e);
        } finally {
            lease.release(JOB, holder);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
