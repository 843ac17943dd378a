package org.mpscommons.mail;

import org.mpscommons.web.AdminLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What mail adds to the parts that web draws around every feature: the outbox on the admin home. */
@Configuration(proxyBeanMethods = false)
class MailContributions {

    @Bean
    AdminLink outboxOnAdminHome() {
        return new AdminLink(30, "/admin/mail", "admin.mail.title");
    }
}
