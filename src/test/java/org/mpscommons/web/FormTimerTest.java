package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormTimerTest {

    private final SiteSecret secret = mock(SiteSecret.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final FormTimer timer = new FormTimer(secret, clock, Duration.ofSeconds(3));

    FormTimerTest() {
        when(secret.sign(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> "sig(" + call.getArgument(0) + ")");
        when(secret.verify(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> ("sig(" + call.getArgument(0) + ")").equals(call.getArgument(1)));
    }

    @Test
    void aFormSentBackAfterAPersonCouldFillItPasses() {
        String stamp = timer.stamp();
        clock.advance(Duration.ofSeconds(8));
        assertThat(timer.looksAutomated(stamp)).isFalse();
    }

    @Test
    void aFormSentBackFasterThanAPersonCanTypeLooksAutomated() {
        String stamp = timer.stamp();
        clock.advance(Duration.ofMillis(900));
        assertThat(timer.looksAutomated(stamp)).isTrue();
    }

    @Test
    void aMissingForgedOrAncientStampLooksAutomated() {
        assertThat(timer.looksAutomated(null)).isTrue();
        assertThat(timer.looksAutomated("garbage")).isTrue();
        String stamp = timer.stamp();
        String forged = (Long.parseLong(stamp.substring(0, stamp.indexOf('.'))) - 60_000) + stamp.substring(stamp.indexOf('.'));
        clock.advance(Duration.ofSeconds(10));
        assertThat(timer.looksAutomated(forged)).isTrue();
        clock.advance(Duration.ofHours(13));
        assertThat(timer.looksAutomated(stamp)).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
