package org.mpscommons.doctorkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.articles.Articles;
import org.mpscommons.articles.Reference;
import org.mpscommons.doctorkit.TaggedPdf.Block;
import org.mpscommons.redflags.RegionNames;
import org.mpscommons.redflags.WarningCards;
import org.mpscommons.redflags.WarningSigns;
import org.mpscommons.web.FormErrors;
import org.springframework.stereotype.Service;

/**
 * Makes the letter from the kit's answers, as a PDF or as blocks for the print view, and keeps the answers only when
 * a signed-in member asks for it. Nothing here logs or stores what a visitor entered.
 */
@Service
class DoctorKit {

    /**
     * What the letter cites, in this order: the international consensus on diagnostic criteria, a second expert
     * consensus, the natural history of MPS, and two reviews of trigger point injection (all with DOIs).
     */
    static final List<String> LETTER_REFERENCES = List.of(
            "fernandez_dommerholt_2018", "cao_2021_chinese_consensus", "gerwin_2001", "scott_2009", "wong_2012");

    /** The article the letter's address and QR code lead to. */
    static final String ARTICLE_FOR_DOCTORS = "for-doctors";

    private final Vocabulary vocabulary = Vocabulary.SHIPPED;
    private final LetterComposer composer = new LetterComposer(vocabulary);
    private final Articles articles;
    private final SavedLetterRepository saved;
    private final WarningSigns signs;
    private final RegionNames regionNames;
    private final Clock clock;

    DoctorKit(
            Articles articles, SavedLetterRepository saved, WarningSigns signs, RegionNames regionNames, Clock clock) {
        this.articles = articles;
        this.saved = saved;
        this.signs = signs;
        this.regionNames = regionNames;
        this.clock = clock;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** What the kit's page shows at a step, in the page's language. */
    KitView view(KitStep step, KitAnswers answers, FormErrors errors, String language) {
        return view(step, answers, errors, language, false);
    }

    /** What the kit's page shows at a step; {@code started} when there are kept answers to clear. */
    KitView view(KitStep step, KitAnswers answers, FormErrors errors, String language, boolean started) {
        // Only the signs step shows them (and reads the table's review from the database).
        WarningCards warnings = step == KitStep.SIGNS
                ? WarningCards.of(signs.applying(answers.circumstances()), language, regionNames, signs.review())
                : WarningCards.NONE;
        return KitView.of(step, answers, errors, vocabulary, warnings, answers.signIds(signs), language, started);
    }

    /** Problems with the answers a step asks for. */
    FormErrors check(KitStep step, KitAnswers answers) {
        return answers.check(step, vocabulary, signs);
    }

    /** The first step whose answers have a problem; empty when the letter can be written. */
    Optional<KitStep> firstStepWithErrors(KitAnswers answers) {
        return answers.firstStepWithErrors(vocabulary, signs);
    }

    byte[] pdf(KitAnswers answers, String baseUrl) {
        return composer.pdf(
                answers.letter(vocabulary, today(answers.letterLanguage())),
                articleUrl(baseUrl, answers.letterLanguage()),
                references());
    }

    List<Block> blocks(KitAnswers answers, String baseUrl) {
        return composer.blocks(
                answers.letter(vocabulary, today(answers.letterLanguage())),
                articleUrl(baseUrl, answers.letterLanguage()),
                references());
    }

    /**
     * The letter's date: Japan's for a Japanese letter; for an English one, whose reader may be anywhere, the date in
     * UTC (at most a day off, and the doctor sees when it was written).
     */
    private LocalDate today(String letterLanguage) {
        return LocalDate.now(clock.withZone("ja".equals(letterLanguage) ? ZoneId.of("Asia/Tokyo") : ZoneOffset.UTC));
    }

    /** The article for doctors in the letter's language: the doctor reads that language. */
    static String articleUrl(String baseUrl, String language) {
        return baseUrl + "/" + language + "/articles/k/" + ARTICLE_FOR_DOCTORS;
    }

    List<String> references() {
        return articles.references(LETTER_REFERENCES).stream()
                .map(Reference::citation)
                .toList();
    }

    /** Keeps checked answers when the member ticked "save to my account"; visitors cannot, and nothing else is kept. */
    void keepIfAsked(MemberPrincipal member, KitAnswers answers) {
        if (member != null && answers.save()) {
            saved.insert(member.id(), answers, clock.instant());
        }
    }
}
