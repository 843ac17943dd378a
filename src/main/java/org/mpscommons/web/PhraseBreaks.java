package org.mpscommons.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Japanese text may break between lines without splitting a phrase: BudouX's algorithm (Google, Apache-2.0)
 * with its Japanese model, which the build fetches from the npm package {@code budoux} 0.9.2. Browsers break Japanese
 * between any two characters, so a heading can end a line with 「ログイ」 and begin the next with 「ン」; marking the
 * phrase boundaries with {@code <wbr>} inside {@code word-break: keep-all} lets them break only there, in Chrome and
 * Safari alike (unlike CSS {@code word-break: auto-phrase}).
 *
 * <p>BudouX decides each position between two characters alone: it sums the model's scores for the characters,
 * pairs and triples of characters around the position and breaks where the sum exceeds half of all the model's
 * scores. The model is packed into one open-addressing table of long keys, so a heading costs a few microseconds and
 * allocates only its phrases.
 */
public final class PhraseBreaks {

    /** Where the npm package's module keeps the model, an ES module whose object literal is plain JSON. */
    private static final String MODEL = "/budoux/ja.js";

    private static final String MODEL_PREFIX = "export const model = ";

    /**
     * Phrases shorter than this fit on any line of a heading (a line of a phone's largest heading holds about ten
     * characters); longer ones get a second place to break, for when they do not.
     */
    static final int LONG_PHRASE = 8;

    /** No line of a heading holds fewer characters than this when a long phrase must break: never 「ん」 alone. */
    static final int LEAST_ON_A_LINE = 2;

    /**
     * BudouX's features: for a break before position i, the n-gram starting at i + offset. Unigrams UW1..UW6, bigrams
     * BW1..BW3, trigrams TW1..TW4, as the model names them.
     */
    private enum Feature {
        UW1(-3, 1),
        UW2(-2, 1),
        UW3(-1, 1),
        UW4(0, 1),
        UW5(1, 1),
        UW6(2, 1),
        BW1(-2, 2),
        BW2(-1, 2),
        BW3(0, 2),
        TW1(-3, 3),
        TW2(-2, 3),
        TW3(-1, 3),
        TW4(0, 3);

        final int offset;
        final int length;

        Feature(int offset, int length) {
            this.offset = offset;
            this.length = length;
        }
    }

    /** {@code Feature.values()} copies the array on every call; a position needs all of them. */
    private static final Feature[] FEATURES = Feature.values();

    private static final class Japanese {
        static final PhraseBreaks MODEL = load(PhraseBreaks.MODEL);
    }

    /** Reads the model when the application starts rather than on the first Japanese page. */
    @Component
    static class LoadAtStart {
        LoadAtStart() {
            japanese();
        }
    }

    private final long[] keys;
    private final int[] scores;
    private final int mask;
    /** The sum of all the model's scores: BudouX breaks where twice a position's score sum exceeds it. */
    private final long total;

    private PhraseBreaks(Map<String, Map<String, Integer>> model) {
        int entries = model.values().stream().mapToInt(Map::size).sum();
        int capacity = Integer.highestOneBit(Math.max(entries, 1) * 4);
        keys = new long[capacity];
        scores = new int[capacity];
        mask = capacity - 1;
        long sum = 0;
        for (Map.Entry<String, Map<String, Integer>> group : model.entrySet()) {
            Feature feature = Feature.valueOf(group.getKey());
            for (Map.Entry<String, Integer> gram : group.getValue().entrySet()) {
                // BudouX's JavaScript reads a shorter string at the text's edges; no key shorter than its feature's
                // n-gram may exist for that to match nothing, as it does here.
                if (gram.getKey().length() != feature.length) {
                    throw new IllegalStateException(feature + " has a key of another length: " + gram.getKey());
                }
                put(key(feature, gram.getKey(), 0), gram.getValue());
                sum += gram.getValue();
            }
        }
        total = sum;
    }

    /** The Japanese model, read once. */
    public static PhraseBreaks japanese() {
        return Japanese.MODEL;
    }

    /** Whether a text holds kana or kanji, and so may be split into phrases. */
    public static boolean hasJapanese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u30ff'
                    || c >= '\u3400' && c <= '\u9fff'
                    || c >= '\uf900' && c <= '\ufaff'
                    || c >= '\uff66' && c <= '\uff9f') {
                return true;
            }
        }
        return false;
    }

    /** The text cut into phrases; joined they give the text back. */
    public List<String> phrases(String text) {
        List<String> phrases = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (breaksBefore(text, i)) {
                phrases.add(text.substring(start, i));
                start = i;
            }
        }
        if (!text.isEmpty()) {
            phrases.add(text.substring(start));
        }
        return phrases;
    }

    /**
     * The text, escaped for HTML, with {@code <wbr>} between its phrases, in a {@code span class="phrases"} whose
     * style lets lines break only there. A phrase of {@link #LONG_PHRASE} characters or more also goes into a
     * {@code span class="long-phrase"} with one more {@code <wbr>} at its own best place: that span is an inline
     * block, so the phrase stays whole where it fits on a line and breaks there only where even a line of its own is
     * too narrow (BudouX's 「来ているのかもしれません」 in a phone's heading), instead of wherever the line ends, which
     * leaves 「ん」 alone.
     */
    public Content html(String text) {
        return output -> {
            output.writeContent("<span class=\"phrases\">");
            int start = 0;
            for (int i = 1; i <= text.length(); i++) {
                if (i == text.length() || score(text, i) > 0) {
                    if (start > 0) {
                        output.writeContent("<wbr>");
                    }
                    writePhrase(text, start, i, output);
                    start = i;
                }
            }
            output.writeContent("</span>");
        };
    }

    private void writePhrase(String text, int start, int end, TemplateOutput output) {
        int split = end - start >= LONG_PHRASE ? bestBreakInside(text, start, end) : -1;
        if (split < 0) {
            Escape.htmlContent(text.substring(start, end), output);
            return;
        }
        output.writeContent("<span class=\"long-phrase\">");
        Escape.htmlContent(text.substring(start, split), output);
        output.writeContent("<wbr>");
        Escape.htmlContent(text.substring(split, end), output);
        output.writeContent("</span>");
    }

    /**
     * Where a phrase breaks if it must: at the position BudouX rates highest, leaving at least {@link #LEAST_ON_A_LINE}
     * characters on either side, never between the two halves of a surrogate pair; -1 if there is none.
     */
    private int bestBreakInside(String text, int start, int end) {
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int i = start + LEAST_ON_A_LINE; i <= end - LEAST_ON_A_LINE; i++) {
            long score = score(text, i);
            if (score > bestScore && !Character.isLowSurrogate(text.charAt(i))) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a line may break between {@code text.charAt(i - 1)} and {@code text.charAt(i)}. */
    boolean breaksBefore(String text, int i) {
        return score(text, i) > 0;
    }

    /**
     * BudouX's score for a break before position i, doubled so that it stays whole: the model's scores of the
     * n-grams around i, less half of all its scores. BudouX breaks where it is positive.
     */
    private long score(String text, int i) {
        long sum = 0;
        int length = text.length();
        for (Feature feature : FEATURES) {
            int from = i + feature.offset;
            if (from >= 0 && from + feature.length <= length) {
                sum += get(key(feature, text, from));
            }
        }
        return 2 * sum - total;
    }

    /** The feature's number in the top bits, then up to three UTF-16 units of 16 bits each; never 0. */
    private static long key(Feature feature, String text, int from) {
        long key = feature.ordinal() + 1;
        for (int k = from; k < from + feature.length; k++) {
            key = key << 16 | text.charAt(k);
        }
        return key;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void put(long key, int score) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        scores[i] = score;
    }

    private int get(long key) {
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return scores[i];
            }
        }
        return 0;
    }

    private static PhraseBreaks load(String resource) {
        try (InputStream in = PhraseBreaks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build fetches it (download-maven-plugin)");
            }
            String module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = module.indexOf(MODEL_PREFIX);
            if (start < 0) {
                throw new IllegalStateException(resource + " does not export the model as expected");
            }
            String json = module.substring(start + MODEL_PREFIX.length(), module.lastIndexOf('}') + 1);
            return new PhraseBreaks(JsonMapper.shared()
                    .readValue(json, new TypeReference<Map<String, Map<String, Integer>>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
