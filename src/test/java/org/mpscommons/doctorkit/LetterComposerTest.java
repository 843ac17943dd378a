package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mpscommons.doctorkit.LetterRequest.Effect;
import org.mpscommons.doctorkit.LetterRequest.TreatmentTried;

/** The letter says what the patient answered and asks the four questions, in the language they chose, on ≤ 2 pages. */
class LetterComposerTest {

    private static final String REFERENCE = "Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The "
            + "Trigger Point Manual. 2nd ed. 1999.";
    private static final String ARTICLE = "https://mps.example/ja/articles/k/what-is-mps";

    private final LetterComposer composer = new LetterComposer(Vocabulary.SHIPPED);

    private static LetterRequest answers(String language) {
        return new LetterRequest(
                List.of("low_back-right", "buttock-right", "buttock-left", "thigh_posterior-left", "no_such_region"),
                "2y",
                List.of("disc_herniation", "sciatica"),
                List.of(
                        new TreatmentTried("epidural_block", Effect.SAME),
                        new TreatmentTried("painkillers", Effect.BETTER)),
                language,
                "朝起きたときが一番つらいです。",
                true);
    }

    @Test
    void aJapaneseLetterSummarizesTheAnswersAndAsksTheQuestions() throws Exception {
        byte[] pdf = composer.pdf(answers("ja"), ARTICLE, List.of(REFERENCE));
        // For a person to look at, like the browser tests' screenshots.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/letters/letter-ja.pdf"), pdf);
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(letter.getNumberOfPages()).isBetween(1, 2);
            assertThat(letter.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("筋筋膜性疼痛症候群（MPS）についてのご相談")
                    .contains("痛む場所：右の腰（腰部）、両側の殿部（お尻）、左の太もも裏（大腿後面）")
                    .contains("痛みが続いている期間：約2年")
                    .contains("これまでに受けた診断：椎間板ヘルニア、坐骨神経痛")
                    .contains("硬膜外ブロック：変わらなかった")
                    .contains("痛み止めの薬（消炎鎮痛薬など）：良くなった")
                    .contains("朝起きたときが一番つらいです。")
                    .contains("この手紙を作る前に、これらの部位について、すぐに受診が必要な危険なサインの一覧を読みました。")
                    .contains("トリガーポイント注射は考えられるでしょうか")
                    .contains("これまでに受けた診断（椎間板ヘルニア、坐骨神経痛）とはどのように関係する")
                    .contains("TheTriggerPointManual")
                    .doesNotContain("no_such_region");
            // The code leads to the article for doctors (TaggedPdfTest reads a drawn code back with a QR reader).
            assertThat(composer.blocks(answers("ja"), ARTICLE, List.of(REFERENCE)))
                    .contains(new TaggedPdf.Qr(ARTICLE, "QRコード：" + ARTICLE));
        }
    }

    @Test
    void anEnglishLetterIsWrittenInEnglishWhateverThePageLanguage() throws Exception {
        LetterRequest request = new LetterRequest(List.of("low_back"), "0m", List.of(), List.of(), "en", "", false);
        try (PDDocument letter = Loader.loadPDF(composer.pdf(request, ARTICLE, List.of(REFERENCE)))) {
            assertThat(letter.getNumberOfPages()).isBetween(1, 2);
            assertThat(letter.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("A question about myofascial pain syndrome (MPS)")
                    .contains("How long I have had it: less than a month")
                    .contains("Diagnoses I have been given: none")
                    .contains("how might it fit with what has been found so far")
                    .contains("unlike epidural or nerve root blocks")
                    .doesNotContain("In my own words")
                    // Only a letter made after the signs step says the patient read them.
                    .doesNotContain("warning signs");
        }
    }

    /**
     * Notes of the characters that cost a letter the most room: emoji (which the font cannot draw), characters a line
     * must not begin with (each once made a line of its own), and the widest glyph the font has.
     */
    private static List<String> worstNotes() {
        String widest = Character.toString(widestDrawable());
        return List.of(
                "😣".repeat(KitAnswers.NOTE_MAX),
                "？".repeat(KitAnswers.NOTE_MAX),
                "ー".repeat(KitAnswers.NOTE_MAX),
                "、。".repeat(KitAnswers.NOTE_MAX / 2),
                widest.repeat(KitAnswers.NOTE_MAX),
                ("痛" + "😣".repeat(4) + "\n").repeat(KitAnswers.NOTE_MAX / 6),
                (widest + "！").repeat(KitAnswers.NOTE_MAX / 2));
    }

    private static int widestDrawable() {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new RandomAccessReadBuffer(PdfFonts.regular()), false, false);
            int widest = 'W';
            float width = 0;
            for (int point = 0x20; point < 0x10000; point++) {
                if (!Character.isDefined(point)
                        || Character.isSurrogate((char) point)
                        || Character.isISOControl(point)) {
                    continue;
                }
                try {
                    float pointWidth = font.getStringWidth(Character.toString(point));
                    if (pointWidth > width) {
                        width = pointWidth;
                        widest = point;
                    }
                } catch (IllegalArgumentException notInTheFont) {
                    // Not drawable, so not a candidate.
                }
            }
            return widest;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every answer the kit offers, with the longest note of the worst characters, in both languages. */
    @Test
    void theFullestLetterOfTheWorstCharactersKeepsToTwoPages() throws Exception {
        Vocabulary vocabulary = Vocabulary.SHIPPED;
        List<TreatmentTried> treatments = vocabulary.treatments().keySet().stream()
                .map(id -> new TreatmentTried(id, Effect.WORSE))
                .toList();
        List<String> references = java.util.Collections.nCopies(
                DoctorKit.LETTER_REFERENCES.size(),
                REFERENCE
                        + " Fernández-de-las-Peñas C, Dommerholt J. International Consensus on Diagnostic Criteria and "
                        + "Clinical Considerations of Myofascial Trigger Points: A Delphi Study. Pain Med. 2018. "
                        + "doi:10.1093/pm/pnx207");
        for (String language : List.of("ja", "en")) {
            for (String note : worstNotes()) {
                LetterRequest request = new LetterRequest(
                        vocabulary.placeIds(),
                        "11m",
                        List.copyOf(vocabulary.diagnoses().keySet()),
                        treatments,
                        language,
                        note,
                        true);
                byte[] pdf = composer.pdf(request, ARTICLE, references);
                try (PDDocument letter = Loader.loadPDF(pdf)) {
                    assertThat(letter.getNumberOfPages())
                            .as("%s letter, note of %s", language, note.substring(0, 4))
                            .isLessThanOrEqualTo(LetterComposer.MAX_PAGES);
                }
            }
        }
    }

    @Test
    void symbolsTheFontCannotDrawAreLeftOutWithANotice() throws Exception {
        LetterRequest japanese =
                new LetterRequest(List.of("low_back"), "2y", List.of(), List.of(), "ja", "朝が😣一番つらい🙏です", false);
        try (PDDocument letter = Loader.loadPDF(composer.pdf(japanese, ARTICLE, List.of(REFERENCE)))) {
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", "");
            assertThat(text).contains("朝が一番つらいです").contains("印刷できない記号（絵文字など）は省きました");
        }
        LetterRequest english = new LetterRequest(
                List.of("low_back"), "2y", List.of(), List.of(), "en", "Mornings are the worst 😣🙏", false);
        try (PDDocument letter = Loader.loadPDF(composer.pdf(english, ARTICLE, List.of(REFERENCE)))) {
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Mornings are the worst")
                    .doesNotContain("worst ?")
                    .contains("Some symbols (such as emoji) could not be printed and were left out.");
        }
        LetterRequest plain = new LetterRequest(
                List.of("low_back"), "2y", List.of(), List.of(), "en", "Mornings are the worst.", false);
        try (PDDocument letter = Loader.loadPDF(composer.pdf(plain, ARTICLE, List.of(REFERENCE)))) {
            assertThat(new PDFTextStripper().getText(letter)).doesNotContain("left out");
        }
    }
}
