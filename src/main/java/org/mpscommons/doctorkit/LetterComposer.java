package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.doctorkit.LetterRequest.TreatmentTried;
import org.mpscommons.doctorkit.TaggedPdf.Block;
import org.mpscommons.doctorkit.TaggedPdf.Heading;
import org.mpscommons.doctorkit.TaggedPdf.Paragraph;
import org.mpscommons.doctorkit.TaggedPdf.Qr;

/**
 * Writes the letter to the doctor from the patient's answers, in the language they chose: a short summary of their
 * pain, the questions (MPS as a possible cause, how it relates to the diagnoses given, trigger point injection as
 * distinct from epidural and nerve-root blocks, a referral), a few references, and the address of the article for
 * doctors with its QR code. Unknown ids are left out: the answers come from a form anyone can post.
 */
final class LetterComposer {

    private static final Pattern SINCE = Pattern.compile("(\\d{1,2})([my])");

    private final Vocabulary vocabulary;

    LetterComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A letter a doctor reads at a glance: longer than this and it goes unread. */
    static final int MAX_PAGES = 2;

    /**
     * The letter as a tagged PDF; set denser when the answers would not fit {@link #MAX_PAGES} otherwise. The note
     * loses the characters the embedded fonts cannot draw, and the letter says so.
     */
    byte[] pdf(LetterRequest request, String articleUrl, List<String> references) {
        String language = language(request);
        String title = LetterTexts.of(language).get("letter.title");
        String note = request.note() == null ? "" : request.note();
        String drawable = drawable(note);
        boolean symbolsLeftOut = note.codePoints()
                        .filter(point -> !ignorable(point))
                        .count()
                > drawable.codePoints().filter(point -> !ignorable(point)).count();
        List<Block> blocks = blocks(request, drawable, symbolsLeftOut, articleUrl, references);
        // One sheet whenever the answers fit on one, set denser if that is what it takes; otherwise at most two.
        byte[] pdf = TaggedPdf.render(language, title, blocks, TaggedPdf.Style.LETTER);
        if (TaggedPdf.pageCount(pdf) == 1) {
            return pdf;
        }
        byte[] dense = TaggedPdf.render(language, title, blocks, TaggedPdf.Style.DENSE);
        if (TaggedPdf.pageCount(dense) == 1 || TaggedPdf.pageCount(pdf) > MAX_PAGES) {
            return dense;
        }
        return pdf;
    }

    /** The letter for the print page, where the browser draws every character the patient typed. */
    List<Block> blocks(LetterRequest request, String articleUrl, List<String> references) {
        return blocks(request, request.note(), false, articleUrl, references);
    }

    private List<Block> blocks(
            LetterRequest request, String note, boolean symbolsLeftOut, String articleUrl, List<String> references) {
        String language = language(request);
        LetterTexts texts = LetterTexts.of(language);
        List<Block> blocks = new ArrayList<>();
        if (request.written() != null) {
            blocks.add(new Paragraph(texts.get("letter.date", texts.date(request.written()))));
        }
        blocks.add(new Paragraph(texts.get("letter.salutation")));
        blocks.add(new Paragraph(texts.get("letter.intro")));

        blocks.add(new Heading(texts.get("summary.heading")));
        List<String> regions = vocabulary.body().describe(request.regions(), language);
        if (!regions.isEmpty()) {
            blocks.add(new Paragraph(texts.get("summary.regions", texts.list(regions))));
        }
        since(request.since(), texts).ifPresent(since -> blocks.add(new Paragraph(texts.get("summary.since", since))));
        List<String> diagnoses = names(request.diagnoses(), language, vocabulary::diagnosis);
        blocks.add(new Paragraph(
                diagnoses.isEmpty()
                        ? texts.get("summary.noDiagnoses")
                        : texts.get("summary.diagnoses", texts.list(diagnoses))));
        List<String> treatments = new ArrayList<>();
        for (TreatmentTried tried : request.treatments()) {
            vocabulary
                    .treatment(tried.id())
                    .ifPresent(term -> treatments.add(texts.get(
                            "treatment.effect." + tried.effect().name().toLowerCase(Locale.ROOT),
                            term.name(language))));
        }
        if (!treatments.isEmpty()) {
            blocks.add(new Paragraph(texts.get("summary.treatments.heading")
                    + ("ja".equals(language) ? "" : " ")
                    + texts.list(treatments)));
        }
        if (note != null && !note.isBlank()) {
            blocks.add(new Paragraph(texts.get("summary.note", note.strip())));
        }
        if (symbolsLeftOut) {
            blocks.add(new Paragraph(texts.get("summary.note.symbolsLeftOut")));
        }
        if (request.signsShown()) {
            blocks.add(new Paragraph(texts.get("summary.signs")));
        }

        blocks.add(new Heading(texts.get("questions.heading")));
        blocks.add(new Paragraph("1. " + texts.get("question.mps")));
        blocks.add(new Paragraph("2. "
                + (diagnoses.isEmpty()
                        ? texts.get("question.relation.none")
                        : texts.get("question.relation", texts.list(diagnoses)))));
        blocks.add(new Paragraph("3. " + texts.get("question.tpi")));
        blocks.add(new Paragraph("4. " + texts.get("question.referral")));

        if (!references.isEmpty()) {
            blocks.add(new Heading(texts.get("references.heading")));
            for (String reference : references) {
                blocks.add(new Paragraph(reference));
            }
        }
        blocks.add(new Heading(texts.get("article.heading")));
        blocks.add(new Paragraph(texts.get("article.text", articleUrl)));
        blocks.add(new Qr(articleUrl, texts.get("qr.alt", articleUrl)));
        blocks.add(new Paragraph(texts.get("closing")));
        blocks.add(new Paragraph(texts.get("signature")));
        blocks.add(new Paragraph(texts.get("disclaimer")));
        return blocks;
    }

    /** The text without the characters the PDF's fonts lack; line breaks stay (the PDF lays them out as spaces). */
    static String drawable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(point -> point == '\n' || point == '\t' || PdfFonts.canDraw(point))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Invisible characters that only shape their neighbours (emoji variation selectors, joiners, direction marks):
     * dropping them loses nothing a reader would miss, so they alone do not call for the notice.
     */
    private static boolean ignorable(int point) {
        return Character.getType(point) == Character.FORMAT
                || (point >= 0xFE00 && point <= 0xFE0F)
                || (point >= 0xE0100 && point <= 0xE01EF);
    }

    private static String language(LetterRequest request) {
        return "en".equals(request.letterLanguage()) ? "en" : "ja";
    }

    /** The names of the known ids, once each, in the letter's language. */
    private static List<String> names(
            List<String> ids, String language, Function<String, Optional<Vocabulary.Term>> lookup) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            lookup.apply(id)
                    .map(found -> found.name(language))
                    .filter(name -> !names.contains(name))
                    .ifPresent(names::add);
        }
        return names;
    }

    /** {@code 0m} is under a month; {@code 6m} six months; {@code 2y} two years. Anything else is left out. */
    private static Optional<String> since(String since, LetterTexts texts) {
        Matcher matcher = since == null ? null : SINCE.matcher(since.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int count = Integer.parseInt(matcher.group(1));
        if (count == 0) {
            return Optional.of(texts.get("since.lessThanMonth"));
        }
        return Optional.of(texts.get(matcher.group(2).equals("y") ? "since.years" : "since.months", count));
    }
}
