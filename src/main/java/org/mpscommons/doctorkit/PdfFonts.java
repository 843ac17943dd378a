package org.mpscommons.doctorkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

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

    /**
     * Whether the fonts have a glyph for this character (both have the same ones). Emoji and many symbols they do
     * not: printed, each would be a "?".
     */
    static boolean canDraw(int codePoint) {
        return Coverage.DRAWABLE.get(codePoint);
    }

    /** Read from the font's character map once, on first use (parsing the font per character would be slow). */
    private static final class Coverage {

        static final BitSet DRAWABLE = drawable();

        private static BitSet drawable() {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet drawable = new BitSet(Character.MAX_CODE_POINT + 1);
                for (int point = 0; point <= Character.MAX_CODE_POINT; point++) {
                    if (cmap.getGlyphId(point) > 0) {
                        drawable.set(point);
                    }
                }
                return drawable;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
