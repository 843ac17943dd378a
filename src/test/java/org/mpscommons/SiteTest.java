package org.mpscommons;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port, with MockMvc beside it and mail delivered over SMTP to the test JVM's
 * GreenMail server ({@link TestMailServer}; a test that reads mail starts it first). Tests that use exactly this
 * annotation share one application context, and so one start-up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mps.mail.smtp-host=127.0.0.1",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=${mps.test.smtp-port}",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "mps.mail.from=MPS Commons <no-reply@mps.test>",
            "mps.mail.retry-interval=PT2S",
            // Tests fill forms in milliseconds; FormTimerTest checks the real minimum.
            "mps.forms.min-fill-time=PT0S",
            // No test run visits the linked sites on the internet; LinkCheckerTest checks the checker against its own
            // server.
            "mps.links.check-cron=-"
        })
@AutoConfigureMockMvc
public @interface SiteTest {}
