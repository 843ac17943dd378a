package org.mpscommons.links;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time run a job on a site with several nodes (each runs the same schedule). Every run takes
 * the job's lease in the database with a conditional write that only one node can win; the winner renews it while
 * it works and gives it up when done. If that node dies, the lease runs out and another node may run the job.
 * Times come from the nodes' clocks, which NTP keeps within a second or so of each other: far less than a lease.
 * Called outside any transaction, so each statement commits at once (and a lost race costs no transaction).
 */
@Component
class JobLease {

    private final JdbcClient jdbc;
    private final Clock clock;

    JobLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the lease if nobody holds it. @return the new holder's id, or null while someone else holds it */
    String acquire(String job, Duration length) {
        String holder = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                UPDATE job_lease SET holder = :holder, lease_until = :until
                WHERE job_name = :job AND lease_until <= :now
                """)
                .param("job", job)
                .param("holder", holder)
                .param("until", utc(now.plus(length)))
                .param("now", utc(now))
                .update();
        if (taken == 1) {
            return holder;
        }
        try {
            // The job's first run ever: the row does not exist yet. Of two nodes inserting it, one wins.
            jdbc.sql("INSERT INTO job_lease (job_name, holder, lease_until) VALUES (:job, :holder, :until)")
                    .param("job", job)
                    .param("holder", holder)
                    .param("until", utc(now.plus(length)))
                    .update();
            return holder;
        } catch (DuplicateKeyException heldByAnother) {
            return null;
        }
    }

    /** Extends the lease. @return false when {@code holder} lost it (it ran out and another node took it) */
    boolean renew(String job, String holder, Duration length) {
        return jdbc.sql("UPDATE job_lease SET lease_until = :until WHERE job_name = :job AND holder = :holder")
                        .param("job", job)
                        .param("holder", holder)
                        .param("until", utc(clock.instant().plus(length)))
                        .update()
                == 1;
    }

    /** Gives the lease up at once, so the next run (on any node) need not wait for it to run out. */
    void release(String job, String holder) {
        jdbc.sql("UPDATE job_lease SET lease_until = :now WHERE job_name = :job AND holder = :holder")
                .param("job", job)
                .param("holder", holder)
                .param("now", utc(clock.instant()))
                .update();
    }
}
