package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        return new LetterRequest(List.of("low_back", "buttock", "thigh_posterior", "no_such_region"), "2y",
                List.of("disc_herniation", "sciatica"), List.of(new TreatmentTried("epidural_block", Effect.SAME),
                        new TreatmentTried("painkillers", Effect.BETTER)), language, "朝起きたときが一番つらいです。", true);
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
            assertThat(text).contains("筋筋膜性疼痛症候群（MPS）についてのご相談")
                    .contains("痛む場所：腰（腰部）、殿部（お尻）、太もも裏（大腿後面）")
                    .contains("痛みが続いている期間：約2年")
                    .contains("これまでに受けた診断：椎間板ヘルニア、坐骨神経痛")
                    .contains("硬膜外ブロック：変わらなかった").contains("痛み止めの薬（消炎鎮痛薬など）：良くなった")
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
        LetterRequest request = new LetterRequest(List.of("low_back"), "0m", List.of(), List.of(), "en", "",
                false);
        try (PDDocument letter = Loader.loadPDF(composer.pdf(request, ARTICLE, List.of(REFERENCE)))) {
            assertThat(letter.getNumberOfPages()).isBetween(1, 2);
            assertThat(letter.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text).contains("A question about myofascial pain syndrome (MPS)")
                    .contains("How long I have had it: less than a month")
                    .contains("Diagnoses I have been given: none")
                    .contains("how might it fit with what has been found so far")
                    .contains("unlike epidural or nerve root blocks")
                    .doesNotContain("In my own words")
                    // Only a letter made after the signs step says the patient read them.
                    .doesNotContain("warning signs");
        }
    }
}
