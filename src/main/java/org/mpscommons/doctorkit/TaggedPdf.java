package org.mpscommons.doctorkit;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * An A4 document for print in Japanese or English, tagged so that screen readers and text extraction read it in
 * order: a title, headings, paragraphs flowing onto further pages, and QR codes of addresses as figures with
 * alternative text. Noto Sans JP is embedded as a subset (only the glyphs used), which keeps a letter in tens of
 * kilobytes. The letter to the doctor and the handout are made of these blocks.
 */
final class TaggedPdf {

    /** What a document is made of, top to bottom. */
    sealed interface Block permits Heading, Paragraph, Qr {}

    record Heading(String text) implements Block {}

    record Paragraph(String text) implements Block {}

    /** @param alt what the code says, for those who cannot see it */
    record Qr(String url, String alt) implements Block {}

    private static final float MARGIN = 56;
    /**
     * Type sizes (points) and line spacing (times the size): a letter reads easily; a page that must hold more (the
     * one-page handout, a letter with very many answers) is denser, at 9 pt still a readable print size.
     */
    record Style(float title, float heading, float body, float leading, float gap, float qrModule) {
        static final Style LETTER = new Style(16, 12, 10.5f, 1.6f, 0.7f, 2.5f);
        // Modules of 2 pt (0.7 mm) still scan easily with a phone held at reading distance.
        static final Style DENSE = new Style(14, 10.5f, 9, 1.4f, 0.45f, 2);
    }

    private static final float SMALLEST_QR_MODULE = 1.6f;
    /** Characters a Japanese line must not begin with (a minimal kinsoku set). */
    private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〉》〕ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}";

    private TaggedPdf() {}

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(String language, String title, List<Block> blocks) {
        return render(language, title, blocks, Style.LETTER);
    }

    static byte[] render(String language, String title, List<Block> blocks, Style style) {
        try (PDDocument document = new PDDocument()) {
            // Subsets are made when the document is saved.
            PDType0Font regular =
                    PDType0Font.load(document, new RandomAccessReadBuffer(PdfFonts.regular()), true, false);
            PDType0Font bold = PDType0Font.load(document, new RandomAccessReadBuffer(PdfFonts.bold()), true, false);
            PDStructureTreeRoot root = describe(document, language, title);
            PDStructureElement body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
            Pages pages = new Pages(document, body, style);
            pages.text(StandardStructureTypes.H1, bold, style.title(), title);
            for (Block block : blocks) {
                switch (block) {
                    case Heading heading ->
                        pages.text(StandardStructureTypes.H2, bold, style.heading(), heading.text());
                    case Paragraph paragraph ->
                        pages.text(StandardStructureTypes.P, regular, style.body(), paragraph.text());
                    case Qr qr -> pages.qr(qr.url(), qr.alt());
                }
            }
            pages.close();
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(pages.parentTree);
            root.setParentTree(parentTree);
            root.setParentTreeNextKey(pages.parentTree.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Language, title (shown instead of the file name), "this is tagged", and the structure tree's root. */
    private static PDStructureTreeRoot describe(PDDocument document, String language, String title) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        document.getDocumentInformation().setTitle(title);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, language));
        catalog.setMetadata(metadata);
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        return root;
    }

    /**
     * Lays blocks out top to bottom and opens a new page when one is full. Each block on a page is one marked-content
     * run tied to its structure element; a paragraph split over two pages becomes one element on each.
     */
    private static final class Pages {

        private final PDDocument document;
        private final PDStructureElement parent;
        private final float leading;
        private final float module;
        /** Space after a block, times its type size. */
        private final float gap;

        private final Map<Integer, PDParentTreeValue> parentTree = new TreeMap<>();
        private PDPage page;
        private PDPageContentStream content;
        private COSArray marked;
        private float y;

        Pages(PDDocument document, PDStructureElement parent, Style style) throws IOException {
            this.document = document;
            this.parent = parent;
            this.leading = style.leading();
            this.module = style.qrModule();
            this.gap = style.gap();
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            int key = parentTree.size();
            page.setStructParents(key);
            // Tab order follows the structure.
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            marked = new COSArray();
            parentTree.put(key, new PDParentTreeValue(marked));
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private PDStructureElement begin(String type) throws IOException {
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            int id = marked.size();
            element.appendKid(id);
            marked.add(element);
            content.beginMarkedContent(COSName.getPDFName(type), id);
            return element;
        }

        void text(String type, PDType0Font font, float size, String text) throws IOException {
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            List<String> lines = wrap(font, size, printable(font, text), width);
            float line = size * leading;
            int i = 0;
            while (i < lines.size()) {
                if (y - line < MARGIN) {
                    newPage();
                }
                begin(type);
                content.beginText();
                content.setFont(font, size);
                content.setLeading(line);
                content.newLineAtOffset(MARGIN, y - size);
                for (; i < lines.size() && y - line >= MARGIN; i++, y -= line) {
                    content.showText(lines.get(i));
                    content.newLine();
                }
                content.endText();
                content.endMarkedContent();
            }
            y -= size * gap;
        }

        /**
         * Drawn as squares (sharp at any size), with the quiet zone of four modules readers need. The smallest code
         * that holds the address (error correction raised as far as that size allows). A code that does not fit at
         * the foot of the page is drawn a little smaller, down to modules of 1.6 pt (0.56 mm, which a phone still
         * reads at reading distance), before it moves to a page of its own: a longer site address must not turn a
         * one-page handout into two.
         */
        void qr(String url, String alt) throws IOException {
            QrCode code = QrCode.encodeText(url, QrCode.Ecc.LOW);
            float module = this.module;
            float side = (code.size + 8) * module;
            if (y - side < MARGIN) {
                // In quarter points, so that modules stay whole device pixels at 288 and 576 dpi.
                float fitting = (float) Math.floor((y - MARGIN) / (code.size + 8) * 4) / 4;
                if (fitting >= SMALLEST_QR_MODULE) {
                    module = fitting;
                    side = (code.size + 8) * module;
                } else {
                    newPage();
                }
            }
            PDStructureElement figure = begin(StandardStructureTypes.Figure);
            figure.setAlternateDescription(alt);
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(MARGIN, y - side, side, side));
            figure.addAttribute(layout);
            float left = MARGIN + 4 * module;
            float top = y - 4 * module;
            content.setNonStrokingColor(0f);
            for (int row = 0; row < code.size; row++) {
                for (int column = 0; column < code.size; column++) {
                    if (code.getModule(column, row)) {
                        content.addRect(left + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
            content.endMarkedContent();
            y -= side + 12;
        }

        void close() throws IOException {
            content.close();
        }
    }

    /** What the patient typed may hold characters the font lacks (emoji); PDFBox would refuse the whole text. */
    static String printable(PDType0Font font, String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(point -> {
            String character = Character.toString(point);
            if (point == '\n' || point == '\t') {
                printable.append(' ');
                return;
            }
            try {
                font.encode(character);
                printable.append(character);
            } catch (IllegalArgumentException | IOException e) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    /**
     * Breaks at the last space that fits if it is well into the line (English), else between any two characters
     * outside the kinsoku set (Japanese).
     */
    static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            int end = 0;
            float width = 0;
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                width += font.getStringWidth(rest.substring(end, next)) / 1000 * size;
                if (width > maxWidth && end > 0) {
                    break;
                }
                end = next;
            }
            if (end < rest.length()) {
                int space = rest.lastIndexOf(' ', end);
                // Japanese lines have few spaces: one near the start ("1. …", "MPS Commons") is no place to break.
                if (space > end * 0.6) {
                    end = space;
                } else {
                    // A Latin word or number inside Japanese text ("Lucas 2009", a DOI) moves to the next line whole.
                    int wordStart = end;
                    while (wordStart > 0 && latin(rest.charAt(wordStart - 1)) && latin(rest.charAt(end))) {
                        wordStart--;
                    }
                    if (wordStart > end * 0.6) {
                        end = wordStart;
                    }
                    int full = end;
                    while (end > 1 && NO_LINE_START.indexOf(rest.charAt(end)) >= 0) {
                        end = rest.offsetByCodePoints(end, -1);
                    }
                    // A run of them ("？？？", "ーーー") has no proper place to break: each line would hold one.
                    if (end < full * 0.6) {
                        end = full;
                    }
                }
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    private static boolean latin(char character) {
        return character < 0x80 && (Character.isLetterOrDigit(character) || ".-/:_()".indexOf(character) >= 0);
    }

    /** The title and language again in XMP, where PDF/UA readers look, and the PDF/UA claim. */
    private static byte[] xmp(String title, String language) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description></rdf:RDF></x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escaped, language).getBytes(StandardCharsets.UTF_8);
    }
}
