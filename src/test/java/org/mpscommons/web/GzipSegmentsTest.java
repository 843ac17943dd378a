package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Parts compressed once and values in between make one gzip body any decoder reads as the whole page. */
class GzipSegmentsTest {

    @Test
    void partsAndValuesDecompressToTheWholePage() throws IOException {
        StringBuilder large = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            // Text that compresses badly, so the deflater needs several rounds of output space.
            large.append((char) ('a' + random.nextInt(26))).append(i % 7 == 0 ? "痛み" : "");
        }
        byte[][] segments = {bytes("<html><head>"), bytes(large.toString()), bytes(""), bytes("</form></html>")};
        byte[][] values = {bytes("token-one"), bytes("1795655991472.signature")};
        int[] marks = {0, 1, 0};
        VisitorPageCache.Copy copy = new VisitorPageCache.Copy(
                "1", "text/html", List.of(), segments, marks, 0, GzipSegments.deflate(segments), null);

        MockHttpServletResponse response = new MockHttpServletResponse();
        GzipSegments.write(copy, values, response, response.getOutputStream());

        byte[] body = response.getContentAsByteArray();
        assertThat(response.getContentLength()).isEqualTo(body.length);
        String expected = "<html><head>token-one" + large + "1795655991472.signature" + "token-one" + "</form></html>";
        assertThat(gunzip(body)).isEqualTo(expected);
        assertThat(body.length).isLessThan(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void gzipIsSentOnlyToBrowsersThatAcceptIt() {
        assertThat(accepts("gzip, deflate, br, zstd")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.0")).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts(null)).isFalse();
    }

    private static boolean accepts(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Accept-Encoding", header);
        }
        return VisitorPageCache.acceptsGzip(request);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
