package org.mpscommons.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A default install has no SMTP server: mail then waits in the local outbox, complete, and nothing is sent. */
@SpringBootTest(properties = "mps.mail.smtp-host=")
class LocalOutboxTest {

    @Autowired
    Mailer mailer;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutSmtpMailStaysInTheLocalOutbox() {
        String to = UUID.randomUUID() + "@example.org";
        mailer.send(new Mail(to, "件名 subject", "本文 text", "<p>本文 html</p>"));
        delivery.deliverDue();

        var row = jdbc.sql(
                        "SELECT status, subject, text_body, html_body, attempts FROM mail_outbox WHERE recipient = :to")
                .param("to", to)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)})
                .single();
        assertThat(row).containsExactly("local", "件名 subject", "本文 text", "<p>本文 html</p>", 0);
    }
}
