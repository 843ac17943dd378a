package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mpscommons.MovingClock;

class FormTimerTest {

    private final SiteSecret secret = mock(SiteSecret.class);
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-25T10:00:00Z"));
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
        String forged =
                (Long.parseLong(stamp.substring(0, stamp.indexOf('.'))) - 60_000) + stamp.substring(stamp.indexOf('.'));
        clock.advance(Duration.ofSeconds(10));
        assertThat(timer.looksAutomated(forged)).isTrue();
        clock.advance(Duration.ofHours(13));
        assertThat(timer.looksAutomated(stamp)).isTrue();
    }
}
