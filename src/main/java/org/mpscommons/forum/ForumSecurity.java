package org.mpscommons.forum;

import org.mpscommons.accounts.Powers;
import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Which forum pages need a member, and which a moderator. Reading and guest comments need neither. */
@Configuration(proxyBeanMethods = false)
class ForumSecurity {

    @Bean
    SecurityCustomizer forumRules() {
        return http -> http
                // RFC 8058: mail programs POST the mail's unsubscribe link themselves, without any page's CSRF token.
                // The link carries the site's signature of the member, which is what authorizes it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, "/{lang}/unsubscribe")))
                // The new-topic form is open: a visitor who asks for it is told why it needs an account and shown the
                // ways in, and what it sends is let through so that a member whose session ended while writing is
                // shown their text back instead of losing it (NewTopicController decides both).
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/{lang}/forum/photos",
                                "/{lang}/notifications",
                                "/{lang}/notifications/**",
                                "/{lang}/forum/p/*/react",
                                "/{lang}/forum/p/*/ignore-author",
                                "/{lang}/forum/p/*/flag",
                                "/{lang}/forum/p/*/edit",
                                "/{lang}/forum/p/*/delete",
                                "/{lang}/forum/p/*/answer",
                                "/{lang}/forum/t/*/follow",
                                "/{lang}/forum/c/*/follow")
                        .authenticated()
                        // Moderators act on other people's words: only with roles, and only after a two-factor sign-in.
                        .requestMatchers("/{lang}/forum/review", "/{lang}/forum/review/**", "/{lang}/forum/moderate/**")
                        .access(Powers.moderators()));
    }
}
