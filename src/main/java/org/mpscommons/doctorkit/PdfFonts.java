package org.mpscommons.doctorkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans JP, regular and bold (SIL Open Font License 1.1; the licence sits beside the fonts). The build takes them
 * from the font's npm package (see pom.xml); they are read once and parsed again for each document, because PDFBox's
 * parsed fonts are not safe to share between threads.
 */
final class PdfFonts {

    static final String DIRECTORY = "/fonts/noto-sans-jp/";
    private static final byte[] REGULAR = read("NotoSansJP_400Regular.ttf");
    private static final byte[] BOLD = read("NotoSansJP_700Bold.ttf");

    private PdfFonts() {}

    static byte[] regular() {
        return REGULAR;
    }

    static byte[] bold() {
        return BOLD;
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException(DIRECTORY + name + " is missing: the build unpacks it (pom.xml)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
