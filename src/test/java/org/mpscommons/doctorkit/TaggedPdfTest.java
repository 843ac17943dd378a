package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mpscommons.doctorkit.TaggedPdf.Heading;
import org.mpscommons.doctorkit.TaggedPdf.Paragraph;
import org.mpscommons.doctorkit.TaggedPdf.Qr;

/**
 * What a reader of the PDFs checks: the Japanese reads back as written, the fonts travel with the file (as subsets),
 * the structure says what is a heading, a paragraph and a figure, the QR code leads where it says, long text flows
 * onto a second page, and text with characters the font lacks still prints.
 */
class TaggedPdfTest {

    /**
     * ZXing's detector, used here as the phone's camera, misses some valid codes even as perfect images (e.g. the one
     * qrcodegen makes for .../k/what-is-mps); this address's code it reads.
     */
    private static final String URL = "https://mps.example/ja/articles/k/for-doctors";

    private static final String TITLE = "筋筋膜性疼痛症候群（MPS）についてご意見をお聞かせください";
    private static final String BODY = "三年前から腰から左脚にかけて痛みがあり、腰椎椎間板ヘルニアと診断されました。"
            + "神経ブロックを二回受けましたが、痛みはあまり変わりませんでした。この痛みが筋肉のトリガーポイントから来ている"
            + "可能性について、先生のご意見をお聞かせいただけないでしょうか。";

    @Test
    void aJapaneseDocumentReadsBackWithItsFontsEmbeddedAsSubsetsAndTaggedInOrder() throws Exception {
        byte[] pdf = TaggedPdf.render(
                "ja",
                TITLE,
                List.of(new Heading("ご相談したいこと"), new Paragraph(BODY), new Qr(URL, "QRコード：" + URL), new Paragraph(URL)));
        assertThat(pdf.length).isLessThan(100_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(TITLE).contains("ご相談したいこと").contains(BODY).contains(URL);

            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<PDStructureElement> elements =
                    elements(document.getDocumentCatalog().getStructureTreeRoot());
            assertThat(elements)
                    .extracting(PDStructureElement::getStructureType)
                    .containsExactly("Document", "H1", "H2", "P", "Figure", "P");
            assertThat(elements.get(4).getAlternateDescription()).isEqualTo("QRコード：" + URL);

            PDPage page = document.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                assertThat(((PDType0Font) font)
                                .getDescendantFont()
                                .getFontDescriptor()
                                .getFontFile2())
                        .isNotNull();
            }
            assertThat(fonts).hasSize(2).allMatch(name -> name.matches("[A-Z]{6}\\+NotoSansJP-.*"));

            var image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            var decoded = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE),
                                    DecodeHintType.TRY_HARDER,
                                    true));
            assertThat(decoded.getText()).isEqualTo(URL);
        }
    }

    @Test
    void longTextFlowsOntoAnotherPageAndMissingGlyphsDoNotStopIt() throws Exception {
        List<TaggedPdf.Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            blocks.add(new Paragraph("Paragraph " + i + ": the pain runs from the lower back into the left leg, "
                    + "worse after sitting, and pressing a spot in the buttock brings it back."));
        }
        blocks.add(new Paragraph("Thank you 🙏 for reading."));
        byte[] pdf = TaggedPdf.render("en", "A letter", blocks);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Paragraph 1:").contains("Paragraph 40:").contains("Thank you ? for reading.");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        List<PDStructureElement> all = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                all.add(element);
                all.addAll(elements(element));
            }
        }
        return all;
    }
}
