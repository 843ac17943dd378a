package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final SessionLifetime lifetime =
            new SessionLifetime(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @Test
    void aSessionOlderThanTheLimitEndsHoweverActive() throws Exception {
        MockHttpSession session =
                sessionSignedInAt(NOW.minus(Duration.ofHours(12).plusSeconds(1)));
        lifetime.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        MockHttpSession session = sessionSignedInAt(NOW.minus(Duration.ofHours(11)));
        lifetime.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpSession sessionSignedInAt(Instant signedIn) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionLifetime.SIGNED_IN_AT, signedIn);
        return session;
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/account");
        request.setSession(session);
        return request;
    }
}
