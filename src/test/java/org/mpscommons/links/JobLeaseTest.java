package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.MovingClock;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One node at a time runs a job: the database lease. Each test uses a job name of its own. */
@SiteTest
@Tag("db")
class JobLeaseTest {

    static final Duration LENGTH = Duration.ofMinutes(10);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondNodeCannotTakeTheLeaseWhileTheFirstHoldsIt() {
        MovingClock clock = new MovingClock(Instant.parse("2030-01-01T03:30:00Z"));
        JobLease nodeA = new JobLease(jdbc, clock);
        JobLease nodeB = new JobLease(jdbc, clock);
        String job = AccountsFixture.unique("job-");

        String a = nodeA.acquire(job, LENGTH);
        assertThat(a).isNotNull();
        assertThat(nodeB.acquire(job, LENGTH)).isNull();
        assertThat(nodeA.acquire(job, LENGTH))
                .as("a second run on the same node waits too")
                .isNull();

        clock.advance(Duration.ofMinutes(9));
        assertThat(nodeA.renew(job, a, LENGTH)).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(nodeB.acquire(job, LENGTH)).as("renewed, so still held").isNull();

        nodeA.release(job, a);
        String b = nodeB.acquire(job, LENGTH);
        assertThat(b).isNotNull().isNotEqualTo(a);
    }

    @Test
    void aDeadNodesLeaseRunsOutAndTheOtherTakesOver() {
        MovingClock clock = new MovingClock(Instant.parse("2030-01-01T03:30:00Z"));
        JobLease nodeA = new JobLease(jdbc, clock);
        JobLease nodeB = new JobLease(jdbc, clock);
        String job = AccountsFixture.unique("job-");

        String a = nodeA.acquire(job, LENGTH);
        clock.advance(LENGTH.plusSeconds(1));
        String b = nodeB.acquire(job, LENGTH);
        assertThat(b).isNotNull();
        // Node A comes back: it lost the lease and must stop; its release does not free B's lease.
        assertThat(nodeA.renew(job, a, LENGTH)).isFalse();
        nodeA.release(job, a);
        assertThat(nodeA.acquire(job, LENGTH)).isNull();
    }

    @Test
    void aRunThatLostItsLeaseStopsBeforeTheNextLink() {
        MovingClock clock = new MovingClock(Instant.parse("2030-01-01T03:30:00Z"));
        JobLease nodeA = new JobLease(jdbc, clock);
        String job = LinkCheckJob.JOB;
        String holder = nodeA.acquire(job, LENGTH);
        assertThat(holder).isNotNull();
        jdbc.sql("UPDATE job_lease SET holder = 'another node' WHERE job_name = :job")
                .param("job", job)
                .update();
        try {
            Instant before = Instant.now();
            LinkRepository links = new LinkRepository(jdbc);
            // No checker is given: had the run gone on to a link, it would fail on it.
            new LinkCheckJob(links, null, nodeA, null, null, Clock.systemUTC()).checkAll(holder, null);
            assertThat(links.withAddress())
                    .noneMatch(
                            link -> link.checkedAt() != null && link.checkedAt().isAfter(before));
        } finally {
            jdbc.sql("UPDATE job_lease SET lease_until = :past WHERE job_name = :job")
                    .param("job", job)
                    .param("past", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                    .update();
        }
    }
}
