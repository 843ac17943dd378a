package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application (found from its own mappings) as a moderator, an editor and a verified
 * professional whose session did not pass the second factor: signed in with the password only, or by the
 * "remember me" cookie only. On every route they get exactly what a plain member signed in the same way gets, or are
 * sent to give their second factor where that member is refused. Signed in fully, the same people do hold their powers.
 */
@SiteTest
class PowersRoutesTest {

    /** One real member, who plays the plain member and each staff role in turn. */
    private static volatile Long someone;

    private static final List<Role> POWERS = List.of(Role.MODERATOR, Role.EDITOR, Role.PROFESSIONAL, Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void someone() {
        if (someone == null) {
            someone = AccountsFixture.memberId(context, AccountsFixture.confirmedMember(port, "en"));
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {}

    record Answer(int status, String location) {
        boolean sentToSecondFactor() {
            return status == 302
                    && location != null
                    && (location.endsWith("/account/two-factor?required") || location.endsWith("/login?code"));
        }
    }

    enum Session {
        PASSWORD_ONLY,
        REMEMBER_ME_ONLY
    }

    @Test
    void theWalkCoversTheStaffRoutes() {
        assertThat(routes())
                .extracting(Route::path)
                .contains(
                        "/en/articles/new",
                        "/en/forum/review",
                        "/en/forum/p/999999999/edit",
                        "/en/links/edit",
                        "/en/warning-signs/review",
                        "/admin/users");
    }

    @Test
    void withoutTheSecondFactorAStaffMemberOrProfessionalHasAMembersPowersOnEveryRoute() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Route route : routes()) {
            for (Session session : Session.values()) {
                Answer member = answer(route, signedIn(principal(List.of(Role.MEMBER)), session));
                for (Role role : POWERS) {
                    Answer staff = answer(route, signedIn(principal(List.of(Role.MEMBER, role)), session));
                    boolean same = staff.equals(member) || (staff.sentToSecondFactor() && member.status() == 403);
                    if (!same) {
                        differences.add(route + " as " + role + " " + session + ": " + staff + ", a member: " + member);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void signedInWithBothFactorsTheyHoldTheirPowers() throws Exception {
        assertThat(answer(new Route(HttpMethod.GET, "/en/articles/new"), full(Role.EDITOR))
                        .status())
                .isEqualTo(200);
        assertThat(answer(new Route(HttpMethod.GET, "/en/links/edit"), full(Role.EDITOR))
                        .status())
                .isEqualTo(200);
        assertThat(answer(new Route(HttpMethod.GET, "/en/forum/review"), full(Role.MODERATOR))
                        .status())
                .isEqualTo(200);
        assertThat(answer(new Route(HttpMethod.GET, "/admin/users"), full(Role.ADMIN))
                        .status())
                .isEqualTo(200);
        MvcResult warningSigns = mvc.perform(
                        request(HttpMethod.GET, "/en/warning-signs").with(authentication(full(Role.PROFESSIONAL))))
                .andReturn();
        assertThat(warningSigns.getResponse().getContentAsString()).contains("action=\"/en/warning-signs/review\"");

        // The same pages without the second factor: a member's view.
        assertThat(answer(
                                new Route(HttpMethod.GET, "/en/articles/new"),
                                signedIn(principal(List.of(Role.MEMBER, Role.EDITOR)), Session.PASSWORD_ONLY))
                        .status())
                .isEqualTo(404);
        MvcResult remembered = mvc.perform(request(HttpMethod.GET, "/en/warning-signs")
                        .with(authentication(signedIn(
                                principal(List.of(Role.MEMBER, Role.PROFESSIONAL)), Session.REMEMBER_ME_ONLY))))
                .andReturn();
        assertThat(remembered.getResponse().getContentAsString())
                .doesNotContain("action=\"/en/warning-signs/review\"")
                .contains("/en/account/two-factor?required");
    }

    /** The status and redirect; a request without its form's fields may fail, and must fail alike for both. */
    private Answer answer(Route route, Authentication authentication) throws Exception {
        try {
            MvcResult result = mvc.perform(request(route.method(), route.path())
                            .with(CookieCsrf.valid())
                            .with(authentication(authentication)))
                    .andReturn();
            return new Answer(
                    result.getResponse().getStatus(), result.getResponse().getRedirectedUrl());
        } catch (jakarta.servlet.ServletException failed) {
            Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
            return new Answer(500, cause.getClass().getSimpleName());
        }
    }

    private static MemberPrincipal principal(List<Role> roles) {
        return new MemberPrincipal(someone, "Someone", null, true, null, roles);
    }

    private static Authentication signedIn(MemberPrincipal principal, Session session) {
        return switch (session) {
            case PASSWORD_ONLY ->
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            case REMEMBER_ME_ONLY -> new RememberMeAuthenticationToken("key", principal, principal.getAuthorities());
        };
    }

    /** Signed in with the password and then the code, as {@code SecondFactorSession} makes it. */
    private static Authentication full(Role role) {
        MemberPrincipal principal = principal(List.of(Role.MEMBER, role)).withSecondFactor();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(MemberPrincipal.SECOND_FACTOR));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /**
     * Every route, with path variables filled by values that name nothing ("en" for the language): the walk checks
     * who may reach a route's handler, not what it does to real data. Signing out would end nothing here, and the
     * sign-in form's own processing is not a controller route.
     */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    String path = pattern.replaceAll("\\{lang[^}]*}", "en").replaceAll("\\{[^}]+}", "999999999");
                    routes.add(new Route(method.asHttpMethod(), path));
                }
            }
        });
        return routes.stream().filter(Objects::nonNull).distinct().toList();
    }
}
