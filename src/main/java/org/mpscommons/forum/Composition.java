package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.forum.images.Attachments;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;

/**
 * What the compose box holds besides the words typed: a quote, shown as a card above the box, and photos, shown as
 * cards under it with their descriptions. Neither is put into the text box as Markdown, where a writer who does not
 * know Markdown would meet {@code ![…](/media/…)} or {@code > [name](…)} and could break it.
 *
 * <p>A post is still stored as one Markdown text, which search, rendering, mail, the edit history and feeds all read:
 * {@link #markdown} puts the text and the cards together on the server whenever a draft is previewed or saved, and
 * {@link #split} takes a stored text apart again when it is edited. The cards travel between round trips in the
 * form's own fields (the quote's Markdown and each photo's address in hidden fields, each description in a visible
 * one), so nothing needs JavaScript, and nothing is kept on the server between them but the uploaded photo (which
 * {@code ImageCleanup} removes if no post takes it within a day). A writer who types Markdown keeps doing so: the text
 * box is left as it is written.
 *
 * @param quote the quote's Markdown (every line starting with "&gt;", the first linking the quoted writer's name to
 *     the quoted post; see {@link QuoteAttributions}), or null for none
 * @param photos the photos in the order they appear under the text
 */
public record Composition(String quote, List<Photo> photos) {

    public static final Composition EMPTY = new Composition(null, List.of());

    /** The value of the remove button on the quote's card. */
    static final String REMOVE_QUOTE = "quote";

    /** The start of the value of the remove button on a photo's card; the photo's address follows. */
    static final String REMOVE_PHOTO = "photo:";

    /** The quote's first line as "Quote in my reply" writes it: the writer's name linking to the quoted post. */
    private static final Pattern ATTRIBUTION =
            Pattern.compile("> \\[(.{1,300})\\]\\(/(?:" + languages() + ")/forum/p/([0-9]{1,18})\\)[ \\t]*");

    /** A paragraph that is a photo and nothing else, as {@link #markdown} writes it. */
    private static final Pattern PHOTO = Pattern.compile("!\\[([^\\[\\]\\n]*)\\]\\((/media/[^)\\s]+)\\)");

    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    public Composition {
        photos = List.copyOf(photos);
    }

    /**
     * A photo under the text box.
     *
     * @param path its address, {@code /media/{name}.{jpg|png}}
     * @param alt its description, for readers who cannot see it (required before the post is sent)
     */
    public record Photo(String path, String alt) {

        /** The id of its description field, unique on the page (the photo's random name), and its error's key. */
        public String altId() {
            return "photoAlt-" + path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        }

        public String removeValue() {
            return REMOVE_PHOTO + path;
        }
    }

    /**
     * Characters of the quoted post a quote takes (whole paragraphs while they fit): enough to say what is answered,
     * the card's link leads to the rest, and a long post quoted whole would leave the answer little of the post's
     * length. The writer cannot shorten the quote on the card, so it starts short.
     */
    static final int QUOTE_MAX = 600;

    /**
     * A quote of a post as "Quote in my reply" writes it. Its first line links the writer's name to the post, which
     * {@link QuoteAttributions} turns into "name wrote:"; a blank quoted line follows, so the post's own first line
     * keeps its meaning (a list, a heading) instead of running on from the name.
     *
     * @param name the writer's name as Markdown text (escaped)
     * @param postPath the post's permanent address, {@code /{lang}/forum/p/{id}}
     */
    static String quote(String name, String postPath, String source) {
        StringBuilder quote = new StringBuilder("> [")
                .append(name)
                .append("](")
                .append(postPath)
                .append(")\n>");
        for (String line : shortened(source.replace("\r\n", "\n").strip()).split("\n", -1)) {
            quote.append("\n> ").append(line);
        }
        return quote.toString();
    }

    /** The post's first paragraphs up to {@link #QUOTE_MAX}; a first paragraph longer than that, cut at a space. */
    private static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTE_MAX) {
            return text;
        }
        String[] paragraphs = text.split("\n\n+");
        StringBuilder kept = new StringBuilder();
        for (String paragraph : paragraphs) {
            int length = kept.codePointCount(0, kept.length()) + 2 + paragraph.codePointCount(0, paragraph.length());
            if (length > QUOTE_MAX) {
                break;
            }
            kept.append(kept.isEmpty() ? "" : "\n\n").append(paragraph);
        }
        if (kept.isEmpty()) {
            String cut = paragraphs[0].substring(0, paragraphs[0].offsetByCodePoints(0, QUOTE_MAX));
            int space = cut.lastIndexOf(' ');
            kept.append(space > QUOTE_MAX / 2 ? cut.substring(0, space) : cut).append(" …");
        } else {
            kept.append("\n\n…");
        }
        return kept.toString();
    }

    /** A draft's cards as its form sent them back; anything that is not what the server wrote into them is dropped. */
    static Composition read(HttpServletRequest request) {
        String quote = cleanQuote(request.getParameter("quote"));
        // Read as arrays: Spring's binding would split a single description at its commas.
        String[] paths = orEmpty(request.getParameterValues("photo"));
        String[] alts = orEmpty(request.getParameterValues("photoAlt"));
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            if (Attachments.isPhotoPath(paths[i]) && photos.stream().noneMatch(same(paths[i]))) {
                photos.add(new Photo(paths[i], Attachments.altText(i < alts.length ? alts[i] : "")));
            }
        }
        return new Composition(quote, photos);
    }

    static Composition quoting(String quote) {
        return new Composition(cleanQuote(quote), List.of());
    }

    Composition withPhoto(String path, String alt) {
        List<Photo> more = new ArrayList<>(photos);
        more.add(new Photo(path, Attachments.altText(alt)));
        return new Composition(quote, more);
    }

    /** Guests' comments are words (and quotes): photos come from members only. */
    Composition withoutPhotos() {
        return new Composition(quote, List.of());
    }

    /** Without the card whose remove button sent this value ({@link #REMOVE_QUOTE}, or a photo's). */
    Composition without(String removal) {
        if (REMOVE_QUOTE.equals(removal)) {
            return new Composition(null, photos);
        }
        return new Composition(
                quote,
                photos.stream()
                        .filter(photo -> !photo.removeValue().equals(removal))
                        .toList());
    }

    public boolean isEmpty() {
        return quote == null && photos.isEmpty();
    }

    /** Every photo needs its description before the post is sent; the error sits on that photo's field. */
    void check(FormErrors errors) {
        for (Photo photo : photos) {
            if (photo.alt().isEmpty()) {
                errors.reject(photo.altId(), "forum.compose.photo.alt.missing");
            }
        }
    }

    /** The quote's card: who wrote it and how it starts; null without a quote. */
    public QuoteCard quoteCard() {
        return quote == null ? null : QuoteCard.of(quote);
    }

    /** The post's Markdown: the quote, then the text, then each photo in a paragraph of its own. */
    String markdown(String text) {
        List<String> parts = new ArrayList<>();
        if (quote != null) {
            parts.add(quote);
        }
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
        for (Photo photo : photos) {
            parts.add("![" + photo.alt() + "](" + photo.path() + ")");
        }
        return String.join("\n\n", parts);
    }

    /** A stored post's text and cards, for editing: what {@link #markdown} put together, taken apart. */
    record Split(String text, Composition composition) {}

    /**
     * A quote at the very start becomes the quote's card again, and photos each alone in a paragraph at the very end
     * become photo cards; everything else (Markdown typed by hand, a photo in the middle of the text) stays text.
     */
    static Split split(String markdown) {
        String rest = markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
        String quote = null;
        List<String> lines = Arrays.asList(rest.split("\n", -1));
        if (ATTRIBUTION.matcher(lines.getFirst()).matches()) {
            int end = 0;
            while (end < lines.size() && lines.get(end).startsWith(">")) {
                end++;
            }
            quote = String.join("\n", lines.subList(0, end));
            rest = String.join("\n", lines.subList(end, lines.size())).strip();
        }
        List<Photo> photos = new ArrayList<>();
        while (true) {
            int start = rest.lastIndexOf("\n\n");
            String last = rest.substring(start < 0 ? 0 : start + 2).strip();
            Matcher photo = PHOTO.matcher(last);
            if (!photo.matches() || !Attachments.isPhotoPath(photo.group(2))) {
                break;
            }
            photos.addFirst(new Photo(photo.group(2), photo.group(1).strip()));
            rest = start < 0 ? "" : rest.substring(0, start).strip();
        }
        return new Split(rest, new Composition(quote, photos));
    }

    /**
     * Who a quote quotes and how it begins, for its card.
     *
     * @param name the quoted writer's name as they show it
     * @param postId the quoted post
     * @param excerpt the start of the quoted words, without Markdown's marks
     */
    public record QuoteCard(String name, long postId, String excerpt) {

        /** Characters of the quoted words on the card: two or three lines on a phone. */
        static final int EXCERPT = 140;

        static QuoteCard of(String quote) {
            String[] lines = quote.split("\n");
            Matcher first = ATTRIBUTION.matcher(lines[0]);
            if (!first.matches()) {
                throw new IllegalArgumentException("Not a quote: " + lines[0]);
            }
            StringBuilder words = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                words.append(' ').append(plain(lines[i]));
            }
            String excerpt = words.toString().replaceAll("\\s+", " ").strip();
            return new QuoteCard(
                    MARKDOWN_ESCAPE.matcher(first.group(1)).replaceAll("$1"),
                    Long.parseLong(first.group(2)),
                    org.mpscommons.content.ContentPipeline.excerpt(excerpt, EXCERPT));
        }

        /** A quoted line as a reader sees its words: without quote marks, list marks, emphasis or link addresses. */
        private static String plain(String line) {
            String text = line.replaceFirst("^(?:>\\s?)+", "");
            if (ATTRIBUTION.matcher("> " + text).matches()) {
                return ""; // a quote inside the quote: its writer's name would read as part of the words
            }
            return text.replaceFirst("^\\s*(?:[-*+]|[0-9]{1,9}[.)]|#{1,6})\\s+", "")
                    .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replaceAll("[*_`~]+", "");
        }
    }

    private static String cleanQuote(String quote) {
        if (quote == null) {
            return null;
        }
        String text = quote.replace("\r\n", "\n").strip();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        boolean valid = ATTRIBUTION.matcher(lines.getFirst()).matches()
                && lines.stream().allMatch(line -> line.startsWith(">"));
        return valid ? text : null;
    }

    private static java.util.function.Predicate<Photo> same(String path) {
        return photo -> photo.path().equals(path);
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }

    private static String languages() {
        return String.join(
                "|", Arrays.stream(Language.values()).map(Language::code).toList());
    }
}
