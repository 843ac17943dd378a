package org.mpscommons.links;

import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Role;
import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;

/** The link page is public; changing it takes an editor (or admin) signed in with two factors. */
@Configuration(proxyBeanMethods = false)
class LinksSecurity {

    @Bean
    SecurityCustomizer linksRules() {
        return http -> http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/{lang}/links/edit", "/{lang}/links/edit/**")
                .access(AuthorizationManagers.allOf(
                        AuthorityAuthorizationManager.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name()),
                        AuthorityAuthorizationManager.hasAuthority(MemberPrincipal.SECOND_FACTOR))));
    }

    /** Whether to show an editor the way to the editing pages (the pages check for themselves). */
    static boolean isEditor(MemberPrincipal member) {
        return member != null && (member.roles().contains(Role.EDITOR) || member.roles().contains(Role.ADMIN));
    }
}
