package org.mpscommons.links;

import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Powers;
import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The link page is public; changing it takes an editor (or admin) signed in with two factors. */
@Configuration(proxyBeanMethods = false)
class LinksSecurity {

    @Bean
    SecurityCustomizer linksRules() {
        return http -> http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/{lang}/links/edit", "/{lang}/links/edit/**")
                        .access(Powers.editors()));
    }

    /** Whether to show an editor the way to the editing pages (the pages check for themselves). */
    static boolean isEditor(MemberPrincipal member) {
        return member != null && member.isEditor();
    }
}
