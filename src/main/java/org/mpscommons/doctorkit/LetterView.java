package org.mpscommons.doctorkit;

import java.util.List;
import org.mpscommons.doctorkit.TaggedPdf.Block;
import org.mpscommons.doctorkit.TaggedPdf.Heading;
import org.mpscommons.doctorkit.TaggedPdf.Paragraph;
import org.mpscommons.doctorkit.TaggedPdf.Qr;
import org.mpscommons.web.QrSvg;

/**
 * The letter as a page to print: the same blocks as the PDF, in the letter's language (which may differ from the
 * page's), with the QR code drawn as inline SVG (made here from the site's own address, so safe to write unescaped).
 */
public record LetterView(String language, String title, List<Part> parts) {

    /** A heading, a paragraph, or a QR code ({@code svg} set, {@code text} its address). */
    public record Part(boolean heading, String text, String svg) {}

    static LetterView of(List<Block> blocks, String language) {
        List<Part> parts = blocks.stream()
                .map(block -> switch (block) {
                    case Heading heading -> new Part(true, heading.text(), null);
                    case Paragraph paragraph -> new Part(false, paragraph.text(), null);
                    case Qr qr -> new Part(false, qr.url(), QrSvg.render(qr.url(), qr.alt()));
                })
                .toList();
        return new LetterView(language, LetterTexts.of(language).get("letter.title"), parts);
    }
}
