package org.mpscommons.mail;

import java.util.ArrayList;
import java.util.List;
import org.mpscommons.web.Language;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail being written, block by block; {@link #to} makes its plain-text and HTML parts from the same blocks, so the
 * two always say the same. Every text given here is plain text: the HTML part escapes all of it (members' names and
 * words included), and the plain-text part shows it as it is.
 *
 * <p>The HTML is deliberately plain: one column, the system's own fonts, inline styles only, no images and nothing
 * loaded from anywhere (no remote CSS, fonts or pixels), so it reads the same with images blocked, in a screen reader
 * and in a mail program that strips styles.
 */
@NamedInterface("api")
public final class MailDraft {

    private static final String BODY_STYLE =
            "margin:0;padding:16px;background:#ffffff;color:#1b1b1b;font-family:system-ui,-apple-system,"
                    + "'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif;font-size:17px;line-height:1.7";
    private static final String LINK_STYLE = "color:#0b4fa8;text-decoration:underline;word-break:break-all";
    private static final String LABEL_STYLE = "margin:0 0 4px;font-weight:bold";
    /** A quote is marked by a bar and a tint, and by its label: colour alone never carries the meaning. */
    private static final String QUOTE_STYLE =
            "margin:0 0 16px;padding:8px 16px;border-left:4px solid #5f6b7a;background:#f1f3f5;color:#1b1b1b";

    private final MailWriter writer;
    private final Language language;
    private final List<Block> blocks = new ArrayList<>();

    MailDraft(MailWriter writer, Language language) {
        this.writer = writer;
        this.language = language;
    }

    /** A paragraph; its line breaks are kept. */
    public MailDraft paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** A link on its own, the address shown as it is. */
    public MailDraft link(String path) {
        blocks.add(new Link(null, writer.absolute(path)));
        return this;
    }

    /** A sentence that leads to a link ("To stop these mails, open:"), then the link. */
    public MailDraft link(String lead, String path) {
        blocks.add(new Link(lead, writer.absolute(path)));
        return this;
    }

    /**
     * Words someone else wrote, set apart from the mail's own: a label ("Hanako quoted:"), then the words marked as a
     * quotation ("> " before each line in plain text, a blockquote in HTML).
     *
     * @param caption the quote's own first line, such as whom it quotes ("Kenji wrote:"), or null
     */
    public MailDraft quote(String label, String caption, String text) {
        blocks.add(new Quote(label, caption, text));
        return this;
    }

    /** A member's own words under a label that says whose they are ("Hanako wrote:"). */
    public MailDraft words(String label, String text) {
        blocks.add(new Words(label, text));
        return this;
    }

    /** The mail, for a mail that must always arrive (accounts, security). */
    public Mail to(String address, String subject) {
        return build(address, subject, null);
    }

    /**
     * The mail, for a mail the member can stop.
     *
     * @param unsubscribePath the one-click link's path, sent as the List-Unsubscribe header too
     */
    public Mail to(String address, String subject, String unsubscribePath) {
        return build(address, subject, writer.absolute(unsubscribePath));
    }

    private Mail build(String address, String subject, String unsubscribeUrl) {
        String fullSubject = writer.subject(language, subject);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(fullSubject))
                .append("</title>\n</head>\n<body style=\"")
                .append(BODY_STYLE)
                .append("\">\n<div style=\"max-width:36em\">\n");
        for (Block block : blocks) {
            paragraphs.add(block.plain());
            html.append(block.html()).append('\n');
        }
        html.append("</div>\n</body>\n</html>\n");
        String plain = String.join("\n\n", paragraphs) + "\n";
        return new Mail(address, fullSubject, plain, html.toString(), unsubscribeUrl);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Escaped, with its line breaks kept. */
    private static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    private sealed interface Block permits Paragraph, Link, Quote, Words {
        String plain();

        String html();
    }

    private record Paragraph(String text) implements Block {
        @Override
        public String plain() {
            return text;
        }

        @Override
        public String html() {
            return "<p>" + lines(text) + "</p>";
        }
    }

    private record Link(String lead, String url) implements Block {
        @Override
        public String plain() {
            return lead == null ? url : lead + "\n" + url;
        }

        @Override
        public String html() {
            String link = "<a href=\"" + escape(url) + "\" style=\"" + LINK_STYLE + "\">" + escape(url) + "</a>";
            return "<p>" + (lead == null ? "" : lines(lead) + "<br>") + link + "</p>";
        }
    }

    private record Quote(String label, String caption, String text) implements Block {
        @Override
        public String plain() {
            StringBuilder out = new StringBuilder(label);
            if (caption != null) {
                out.append("\n> ").append(caption);
            }
            text.lines().forEach(line -> out.append("\n> ").append(line));
            return out.toString();
        }

        @Override
        public String html() {
            return "<p style=\"" + LABEL_STYLE + "\">" + lines(label) + "</p>\n<blockquote style=\"" + QUOTE_STYLE
                    + "\">" + (caption == null ? "" : "<p style=\"" + LABEL_STYLE + "\">" + lines(caption) + "</p>")
                    + "<p style=\"margin:0\">" + lines(text) + "</p></blockquote>";
        }
    }

    private record Words(String label, String text) implements Block {
        @Override
        public String plain() {
            return label + "\n" + text;
        }

        @Override
        public String html() {
            return "<p style=\"" + LABEL_STYLE + "\">" + lines(label) + "</p>\n<p>" + lines(text) + "</p>";
        }
    }
}
