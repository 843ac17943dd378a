package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890". */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // The RFC lists 8 digits; apps show the last 6.
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNeverTheSameStepTwice() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAnySecret() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0x80, 42, 7, 99, 100, 3};
        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        assertThat(Base32.decode("gezd gnbv")).isEqualTo(Base32.decode("GEZDGNBV"));
    }

    @Test
    void theEnrolmentUriNamesTheSiteAndTheSecret() {
        assertThat(Totp.otpauthUri("MPS Commons", "はな", "ABCD"))
                .startsWith("otpauth://totp/MPS%20Commons:%E3%81%AF%E3%81%AA?secret=ABCD&issuer=MPS%20Commons");
    }
}
