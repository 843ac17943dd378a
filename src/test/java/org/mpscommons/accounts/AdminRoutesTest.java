package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route under /admin, found from the application's own mappings: members get 403, visitors sign in. */
@SiteTest
class AdminRoutesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {}

    @Test
    void thereAreAdminRoutesToCheck() {
        assertThat(adminRoutes())
                .extracting(Route::path)
                .contains("/admin/", "/admin/users", "/admin/users/1", "/admin/audit", "/admin/mail");
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        for (Route route : adminRoutes()) {
            MvcResult result = mvc.perform(request(route.method(), route.path())
                            .with(CookieCsrf.valid())
                            .header("Accept-Language", "ja"))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as("%s", route).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as("%s", route).endsWith("/ja/login");
        }
    }

    @Test
    void aMemberIsRefused() throws Exception {
        for (Route route : adminRoutes()) {
            MvcResult result = mvc.perform(request(route.method(), route.path())
                            .with(CookieCsrf.valid())
                            .with(authentication(as(Role.MEMBER))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as("%s", route).isEqualTo(403);
        }
    }

    @Test
    void moderatorsAndEditorsSignedInWithBothFactorsAreRefused() throws Exception {
        MemberPrincipal staff = new MemberPrincipal(
                        999_999,
                        "Someone",
                        null,
                        true,
                        null,
                        List.of(Role.MEMBER, Role.MODERATOR, Role.EDITOR, Role.PROFESSIONAL))
                .withSecondFactor();
        for (Route route : adminRoutes()) {
            MvcResult result = mvc.perform(request(route.method(), route.path())
                            .with(CookieCsrf.valid())
                            .with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                                    staff, null, staff.getAuthorities()))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as("%s", route).isEqualTo(403);
        }
    }

    @Test
    void anAdminWithoutTheSecondFactorIsSentToSetItUp() throws Exception {
        for (Route route : adminRoutes()) {
            MvcResult result = mvc.perform(request(route.method(), route.path())
                            .with(CookieCsrf.valid())
                            .with(authentication(as(Role.MEMBER, Role.ADMIN))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as("%s", route).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl())
                    .as("%s", route)
                    .contains("/account/two-factor?required");
        }
    }

    private List<Route> adminRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/admin")) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                        routes.add(new Route(method.asHttpMethod(), pattern.replaceAll("\\{[^}]+}", "1")));
                    }
                }
            }
        });
        return routes;
    }

    private static Authentication as(Role... roles) {
        MemberPrincipal principal = new MemberPrincipal(999_999, "Someone", null, true, null, List.of(roles));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
