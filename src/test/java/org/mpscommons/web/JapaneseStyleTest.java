package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Japanese text is written in one style: full-width （）？！： in Japanese prose, one name for MPS
 * (筋筋膜性疼痛症候群), 間欠性跛行, and Dr. Jun Kamo as 加茂淳医師. Checked are every value of messages_ja.properties and
 * every body line of every {@code content/articles/*.ja.md}, with the title and summary from its front matter
 * (the rest of the front matter, fenced code, code spans, URLs, e-mail addresses, {@code [@key]} citations,
 * MessageFormat placeholders and Markdown link targets are left out; link texts are checked).
 *
 * <p>Rules, each reported with the file, key or line, and the offending text:
 * <ol>
 * <li>A half-width pair {@code (…)} that encloses Japanese text or has Japanese (hiragana, katakana, kanji, CJK or
 * full-width punctuation) right before or after it (reported once per pair); or any other half-width
 * {@code ( ) ? ! :} with Japanese right before or after it (directly: a space between is not checked; Markdown
 * emphasis marks {@code *} are not counted as characters). Half-width stays fine in Latin text: {@code DOI:},
 * {@code 1:2}, {@code syndrome(s)}, URLs, code.
 * <li>筋膜性疼痛症候群 not preceded by 筋 (this also catches 筋・筋膜性疼痛症候群), unless {@link #NAME_ALLOWED}
 * covers it.
 * <li>間歇性跛行, 間歇跛行 or 間欠跛行 (the site writes 間欠性跛行).
 * <li>Dr. Kamo: within one file (or one bundle value) the first mention is 加茂淳医師; later mentions are 加茂淳医師
 * or 加茂医師. Any other 加茂… (加茂先生, 加茂淳先生, 加茂氏, 加茂淳氏, a bare 加茂淳 …) is reported, unless
 * {@link #NAME_ALLOWED} covers it.
 * </ol>
 */
class JapaneseStyleTest {

    private static final Path ARTICLES = Path.of("src/main/resources/content/articles");

    /**
     * Names that may differ from the site's wording because they are someone else's proper name, or because the text
     * is about the name itself. Each pattern exempts the rule-2 and rule-4 matches it covers (never rule 1).
     */
    private static final List<Pattern> NAME_ALLOWED = List.of(
            // The study group's own name (source mps_kenkyukai_closure, what-is-mps): an organisation, quoted.
            Pattern.compile("「筋膜性疼痛症候群[(（]MPS[)）]研究会」"),
            // what-is-mps, section on the name: lists the shorter name as one in use in Japan; a mention of the
            // word, not the site calling MPS by it.
            Pattern.compile("\\*\\*筋膜性疼痛症候群\\*\\*\\s*の両方が使われ"));

    private static final String JAPANESE = "\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF";
    private static final Pattern HALF_WIDTH_NEXT_TO_JAPANESE =
            Pattern.compile("(?<=[" + JAPANESE + "])[()?!:]|[()?!:](?=[" + JAPANESE + "])");
    private static final Pattern JAPANESE_CHAR = Pattern.compile("[" + JAPANESE + "]");
    /** A half-width pair without a pair inside it; group 1 is what it encloses. */
    private static final Pattern HALF_WIDTH_PAIR = Pattern.compile("\\(([^()]*)\\)");
    /** Stands in for a pair already judged, so its brackets are not judged again one by one. */
    private static final char PAIR_DONE = '\u0000';

    private static final Pattern SHORT_MPS_NAME = Pattern.compile("(?<!筋)筋膜性疼痛症候群");
    private static final Pattern OLD_CLAUDICATION = Pattern.compile("間歇性?跛行|間欠跛行");
    private static final Pattern KAMO = Pattern.compile("加茂(淳医師|医師|淳先生|先生|淳氏|氏|淳さん|さん|淳)?");

    /** Parts of a line that are not prose: code spans, URLs, citations, link targets, placeholders. */
    private static final List<Pattern> NOT_PROSE = List.of(
            Pattern.compile("`[^`]*`"),
            Pattern.compile("<?https?://[^\\s)）>\\]]*>?"),
            Pattern.compile("\\[@[^\\]]*\\]"),
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
            Pattern.compile("(?<=\\])\\([^)]*\\)"),
            Pattern.compile("\\{\\d+(,[^}]*)?\\}"));

    private static final Pattern SHOWN_FIELD = Pattern.compile("(title|summary):\\s*(.*)");

    /** One line of Japanese text and where it comes from. */
    record Line(String where, String text) {}

    @Test
    void theJapaneseBundleFollowsTheStyle() {
        Properties ja = bundle();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(ja.stringPropertyNames())) {
            problems.addAll(check(List.of(new Line("messages_ja.properties " + key, ja.getProperty(key)))));
        }
        assertThat(problems).as("Japanese style in messages_ja.properties").isEmpty();
    }

    @Test
    void theJapaneseArticlesFollowTheStyle() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(ARTICLES)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".ja.md"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            problems.addAll(check(bodyLines(file)));
        }
        assertThat(problems).as("Japanese style in the articles").isEmpty();
    }

    @Test
    void theCheckerCatchesAHalfWidthQuestionMarkAfterJapanese() {
        assertThat(check(List.of(new Line("planted", "痛みはありますか?"))))
                .hasSize(1)
                .first()
                .asString()
                .contains("planted")
                .contains("'?'")
                .contains("ますか?");
        assertThat(check(List.of(new Line("planted", "痛みはありますか？")))).isEmpty();
    }

    @Test
    void theCheckerKnowsTheOtherRulesAndTheirExceptions() {
        assertThat(problems("筋筋膜性疼痛症候群(MPS)は"))
                .as("one parenthetical, one problem")
                .hasSize(1);
        assertThat(problems("理由:{0}")).hasSize(1);
        assertThat(problems("英語版を読む(English)")).hasSize(1);
        assertThat(problems("myo(筋肉)と")).hasSize(1);
        assertThat(problems("保管(SMTP サーバーなし)")).hasSize(1);
        assertThat(problems("MPS は myofascial pain syndrome(s) の略です"))
                .as("Latin inside an English word")
                .isEmpty();
        assertThat(problems("ありますか? そのとき")).hasSize(1);
        assertThat(problems("**高齢の方**:腰痛")).hasSize(1);
        assertThat(problems("筋膜性疼痛症候群とは")).hasSize(1);
        assertThat(problems("筋・筋膜性疼痛症候群とは")).hasSize(1);
        assertThat(problems("間歇性跛行があります")).hasSize(1);
        assertThat(problems("間欠跛行があります")).hasSize(1);
        assertThat(problems("加茂淳先生は")).hasSize(1);
        assertThat(problems("加茂医師は")).as("the first mention has the full name").hasSize(1);
        assertThat(check(List.of(new Line("a", "加茂淳医師は"), new Line("b", "加茂医師の見解"))))
                .isEmpty();
        assertThat(check(List.of(new Line("a", "加茂淳医師は"), new Line("b", "加茂氏の見解"))))
                .hasSize(1);

        assertThat(problems("筋筋膜性疼痛症候群（MPS）は、間欠性跛行と加茂淳医師")).isEmpty();
        assertThat(problems("DOI: 10.1093/pm/pnx207、比は1:2、{0}件")).isEmpty();
        assertThat(problems("https:// で始まる、[文字](article:キー)、[@キー1; @キー2]、`a(b)`"))
                .isEmpty();
        assertThat(problems("国内の「筋膜性疼痛症候群(MPS)研究会」は"))
                .as("allowed name, punctuation still checked")
                .singleElement()
                .asString()
                .contains("half-width ( )");
    }

    private static List<String> problems(String text) {
        return check(List.of(new Line("t", text)));
    }

    /** The problems in one file or one bundle value; the lines are checked in order for the Kamo rule. */
    static List<String> check(List<Line> lines) {
        List<String> problems = new ArrayList<>();
        boolean kamoNamed = false;
        for (Line line : lines) {
            String text = prose(line.text());
            // Emphasis marks are not text: **高齢の方**:腰痛 has a colon next to Japanese.
            String plain = text.replace("*", "");
            // A parenthetical is one problem, however many of its sides touch Japanese.
            StringBuilder rest = new StringBuilder(plain);
            Matcher m = HALF_WIDTH_PAIR.matcher(plain);
            while (m.find()) {
                if (JAPANESE_CHAR.matcher(m.group(1)).find()
                        || japaneseBefore(plain, m.start())
                        || japaneseAfter(plain, m.end())) {
                    problems.add(report(line, "half-width ( ) in Japanese text", plain, m.start(), m.end()));
                }
                rest.setCharAt(m.start(), PAIR_DONE);
                rest.setCharAt(m.end() - 1, PAIR_DONE);
            }
            m = HALF_WIDTH_NEXT_TO_JAPANESE.matcher(rest);
            while (m.find()) {
                problems.add(
                        report(line, "half-width '" + m.group() + "' next to Japanese", plain, m.start(), m.end()));
            }
            m = SHORT_MPS_NAME.matcher(text);
            while (m.find()) {
                if (!allowed(text, m.start(), m.end())) {
                    problems.add(report(line, "write 筋筋膜性疼痛症候群", text, m.start(), m.end()));
                }
            }
            m = OLD_CLAUDICATION.matcher(text);
            while (m.find()) {
                problems.add(report(line, "write 間欠性跛行", text, m.start(), m.end()));
            }
            m = KAMO.matcher(text);
            while (m.find()) {
                if (allowed(text, m.start(), m.end())) {
                    continue;
                }
                String form = m.group();
                if (form.equals("加茂淳医師") || (kamoNamed && form.equals("加茂医師"))) {
                    kamoNamed = true;
                } else {
                    problems.add(report(
                            line,
                            kamoNamed ? "write 加茂医師 or 加茂淳医師" : "first mention: write 加茂淳医師",
                            text,
                            m.start(),
                            m.end()));
                    kamoNamed = true;
                }
            }
        }
        return problems;
    }

    /** Whether the character right before {@code i} is Japanese. */
    private static boolean japaneseBefore(String text, int i) {
        return i > 0 && JAPANESE_CHAR.matcher(text.substring(i - 1, i)).matches();
    }

    /** Whether the character at {@code i} is Japanese. */
    private static boolean japaneseAfter(String text, int i) {
        return i < text.length()
                && JAPANESE_CHAR.matcher(text.substring(i, i + 1)).matches();
    }

    private static boolean allowed(String text, int start, int end) {
        for (Pattern pattern : NAME_ALLOWED) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.start() <= start && end <= m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line without what is not prose, so that a report quotes readable text. */
    static String prose(String line) {
        String s = line;
        for (Pattern pattern : NOT_PROSE) {
            s = pattern.matcher(s).replaceAll("");
        }
        return s;
    }

    private static String report(Line line, String rule, String text, int start, int end) {
        String excerpt = text.substring(Math.max(0, start - 12), Math.min(text.length(), end + 12))
                .strip();
        return line.where() + ": " + rule + ": …" + excerpt + "…";
    }

    /**
     * An article's lines outside the front matter and fenced code, and the values of its front matter's title and
     * summary, each with its file and line number.
     */
    static List<Line> bodyLines(Path file) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        int i = 0;
        if (!all.isEmpty() && all.get(0).strip().equals("---")) {
            i = 1;
            while (i < all.size() && !all.get(i).strip().equals("---")) {
                // The title and summary are shown on the site: their values are prose; the rest is data.
                Matcher field = SHOWN_FIELD.matcher(all.get(i));
                if (field.matches()) {
                    lines.add(new Line(
                            "content/articles/" + file.getFileName() + ":" + (i + 1) + " (" + field.group(1) + ")",
                            field.group(2)));
                }
                i++;
            }
            i++;
        }
        boolean fenced = false;
        for (; i < all.size(); i++) {
            String text = all.get(i);
            if (text.strip().startsWith("```") || text.strip().startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                lines.add(new Line("content/articles/" + file.getFileName() + ":" + (i + 1), text));
            }
        }
        return lines;
    }

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = JapaneseStyleTest.class.getResourceAsStream("/messages_ja.properties")) {
            assertThat(in).as("messages_ja.properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
