package org.mpscommons.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.mpscommons.web.Language;
import org.mpscommons.web.LanguagePreference;
import org.mpscommons.web.RefusedFormRescue;
import org.mpscommons.web.ReturnPath;
import org.mpscommons.web.SecurityCustomizer;
import org.mpscommons.web.SiteSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Sign-in, sign-out and which pages need a signed-in member. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurity {

    private static final Logger log = LoggerFactory.getLogger(AccountsSecurity.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id, salt 16 bytes, hash 32 bytes, 16 MiB, 2 iterations (OWASP's minimum for Argon2id is 19 MiB/2 or
        // 12 MiB/3; this is Spring Security's current default set).
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * Checks the password before anything about the account, so that "not yet verified" is only ever said to someone
     * who knows the password: otherwise the answer would reveal which addresses have accounts.
     */
    @Bean
    AuthenticationProvider memberAuthentication(MemberDetailsService members, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(members);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException(((MemberPrincipal) user).suspendedReason());
            }
            if (!user.isEnabled()) {
                throw new DisabledException("email not verified");
            }
        });
        return provider;
    }

    /** The throttle runs inside the security chain only, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle throttle) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetimeRegistration(SessionLifetime lifetime) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(lifetime);
        registration.setEnabled(false);
        return registration;
    }

    /** Remember-me tokens in the database, so every node honours them and "sign out everywhere" can remove them. */
    @Bean
    JdbcTokenRepositoryImpl rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMe(
            SiteSecret secret, MemberRepository members, JdbcTokenRepositoryImpl tokens, JdbcClient jdbc, Clock clock) {
        // Tokens name the member by id (the principal's username), not by the email typed at sign-in.
        UserDetailsService byId = id -> {
            try {
                return members.findById(Long.parseLong(id))
                        .map(MemberPrincipal::of)
                        .orElseThrow(() -> new UsernameNotFoundException("gone"));
            } catch (NumberFormatException e) {
                throw new UsernameNotFoundException("not an id");
            }
        };
        // RememberMe: a short grace for a browser's parallel requests, and a SameSite cookie.
        PersistentTokenBasedRememberMeServices services =
                new RememberMe(secret.sign("remember-me-key"), byId, tokens, jdbc, clock);
        services.setParameter("remember");
        services.setCookieName("mps_remember");
        services.setTokenValiditySeconds((int) REMEMBER_ME.toSeconds());
        // Suspended or unverified members are not signed in by their cookie either.
        services.setUserDetailsChecker(new AccountStatusUserDetailsChecker());
        return services;
    }

    /** How long "remember me" keeps a browser signed in without the password. */
    static final java.time.Duration REMEMBER_ME = java.time.Duration.ofDays(30);

    @Bean
    SecurityCustomizer accountsRules(
            LanguagePreference preference,
            SignInThrottle throttle,
            TwoFactor twoFactor,
            Clock clock,
            SessionLifetime lifetime,
            PersistentTokenBasedRememberMeServices rememberMe,
            ObjectProvider<RefusedFormRescue> rescues) {
        return http -> configure(http, preference, throttle, twoFactor, clock, lifetime, rememberMe, rescues);
    }

    private static void configure(
            HttpSecurity http,
            LanguagePreference preference,
            SignInThrottle throttle,
            TwoFactor twoFactor,
            Clock clock,
            SessionLifetime lifetime,
            PersistentTokenBasedRememberMeServices rememberMe,
            ObjectProvider<RefusedFormRescue> rescues)
            throws Exception {
        http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(lifetime, SecurityContextHolderFilter.class);
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/{lang}/account", "/{lang}/account/**")
                        .authenticated()
                        // Admins, and only after signing in with two factors.
                        .requestMatchers("/admin", "/admin/**")
                        .access(Powers.admins()))
                .formLogin(form -> form.loginPage("/en/login")
                        .loginProcessingUrl("/{lang}/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(
                                new LanguageAwareSuccessHandler(preference, throttle, twoFactor, clock, rememberMe))
                        // The attempt was counted before the password was checked (SignInThrottle).
                        .failureHandler(
                                (request, response, exception) -> failed(request, response, exception, preference))
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang}/logout"))
                        .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                                "/" + language(request, preference).code() + "/")))
                // Pages send a visitor to sign in, in the page's language; web decides for other paths.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, exception) -> response.sendRedirect(
                                        "/" + language(request, preference).code() + "/login"),
                                request ->
                                        Language.ofPath(request.getRequestURI()).isPresent()
                                                || request.getRequestURI().startsWith("/admin"))
                        .accessDeniedHandler((request, response, denied) ->
                                denied(request, response, denied, preference, twoFactor, rescues)));
    }

    private static void failed(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception,
            LanguagePreference preference)
            throws IOException {
        // Who and where, never the password: the typed address is personal data and stays out of the log too.
        log.info(
                "Sign-in failed from {}: {}",
                request.getRemoteAddr(),
                exception.getClass().getSimpleName());
        String outcome = "error";
        if (exception instanceof DisabledException) {
            outcome = "unverified";
        } else if (exception instanceof LockedException) {
            // The reason goes through the session, not the URL.
            request.getSession().setAttribute(LoginController.SUSPENSION_REASON, exception.getMessage());
            outcome = "suspended";
        }
        // A second try from the same form still comes back to the page the sign-in link was on.
        response.sendRedirect(
                "/" + language(request, preference).code() + "/login?" + outcome + ReturnAfterSignIn.query(request));
    }

    /**
     * A member whose role's powers wait for the second factor is sent to give it: to set it up, or (signed in by
     * "remember me", which never carries it) to sign in again with the code. Anyone else, and any refused CSRF token,
     * gets the localized 403 page; except a refused form token on a form that holds someone's writing, which the
     * feature shows back (RefusedFormRescue) so that the words are not lost with the cookies.
     */
    private static void denied(
            HttpServletRequest request,
            HttpServletResponse response,
            AccessDeniedException denied,
            LanguagePreference preference,
            TwoFactor twoFactor,
            ObjectProvider<RefusedFormRescue> rescues)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            for (RefusedFormRescue rescue : rescues.orderedStream().toList()) {
                var path = rescue.forwardPath(request);
                if (path.isPresent()) {
                    log.info("Form token refused on {}; the text is shown back", request.getRequestURI());
                    request.getRequestDispatcher(path.get()).forward(request, response);
                    return;
                }
            }
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String lang = language(request, preference).code();
        if (!(denied instanceof CsrfException)
                && authentication != null
                && authentication.getPrincipal() instanceof MemberPrincipal member
                && member.powersWaitForSecondFactor()) {
            response.sendRedirect(
                    twoFactor.isEnabled(member.id())
                            ? "/" + lang + "/login?code"
                            : "/" + lang + MemberPrincipal.SECOND_FACTOR_PATH);
            return;
        }
        log.info(
                "Permission denied for {} on {}",
                authentication == null ? "visitor" : authentication.getName(),
                request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    static Language language(HttpServletRequest request, LanguagePreference preference) {
        return Language.ofPath(request.getRequestURI()).orElseGet(() -> preference.of(request));
    }

    /**
     * After sign-in: back to the page the sign-in link came from, else the page that asked for it, else the account
     * page in the sign-in form's language.
     */
    private static final class LanguageAwareSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LanguagePreference preference;
        private final SignInThrottle throttle;
        private final TwoFactor twoFactor;
        private final Clock clock;
        private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        private final HttpSessionRequestCache requests = new HttpSessionRequestCache();
        private final PersistentTokenBasedRememberMeServices rememberMe;

        LanguageAwareSuccessHandler(
                LanguagePreference preference,
                SignInThrottle throttle,
                TwoFactor twoFactor,
                Clock clock,
                PersistentTokenBasedRememberMeServices rememberMe) {
            this.rememberMe = rememberMe;
            this.preference = preference;
            this.throttle = throttle;
            this.twoFactor = twoFactor;
            this.clock = clock;
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
            return "/" + language(request, preference).code() + "/account";
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request,
                HttpServletResponse response,
                org.springframework.security.core.Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            throttle.succeeded(request, response);
            MemberPrincipal member = (MemberPrincipal) authentication.getPrincipal();
            if (twoFactor.isEnabled(member.id())) {
                // The password was right; the session is not signed in until the second factor is given too,
                // and no remember-me cookie may outlive this half sign-in.
                rememberMe.logout(request, response, authentication);
                SecurityContextHolder.clearContext();
                contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
                request.getSession()
                        .setAttribute(
                                PendingSignIn.ATTRIBUTE,
                                new PendingSignIn(
                                        member.id(), clock.instant(), 0, request.getParameter("remember") != null));
                ReturnAfterSignIn.keep(request);
                response.sendRedirect("/" + language(request, preference).code() + "/login/code");
                return;
            }
            log.info("Member {} signed in from {}", member.id(), request.getRemoteAddr());
            request.getSession()
                    .setAttribute(MemberSessions.DEVICE_ATTRIBUTE, Devices.describe(request.getHeader("User-Agent")));
            SessionLifetime.markSignedIn(request, clock);
            if (member.needsSecondFactor()) {
                // Staff and professionals set up two-factor sign-in before anything else.
                clearAuthenticationAttributes(request);
                response.sendRedirect("/" + language(request, preference).code() + MemberPrincipal.SECOND_FACTOR_PATH);
                return;
            }
            var returnTo = ReturnAfterSignIn.of(request);
            if (returnTo.isPresent()) {
                // The link said where it came from: that wins over a page asked for earlier in this session.
                requests.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, ReturnPath.location(returnTo.get()));
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
