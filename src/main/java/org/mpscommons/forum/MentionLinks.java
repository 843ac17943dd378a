package org.mpscommons.forum;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.content.Rendered;
import org.springframework.stereotype.Component;

/**
 * Turns {@code @name} in a post's sanitized HTML into a link to that member's profile, when such a member exists.
 * It runs after the sanitizer and only inserts links it builds itself (a numeric id, the name as it already stands
 * in the escaped text), only in text: never inside a tag, a link, or code. The link carries the same rel as every
 * other link in members' text, so the rule "every link in user content is marked" holds without exceptions.
 */
@Component
class MentionLinks {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
    /** The sanitizer writes "@" as &#64;. Not after a letter or digit, so an email address is not a mention. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])&#64;([\\p{L}\\p{N}_.-]{2,40})");

    private final Profiles profiles;

    MentionLinks(Profiles profiles) {
        this.profiles = profiles;
    }

    /** The same rendering with its mentions linked; the language picks the profile page's language. */
    Rendered link(Rendered rendered, String language) {
        var names = Mentions.in(rendered.plainText());
        if (names.isEmpty()) {
            return rendered;
        }
        Map<String, Long> ids = profiles.idsByDisplayName(names);
        if (ids.isEmpty()) {
            return rendered;
        }
        String html = link(rendered.html(), ids, language);
        return new Rendered(html, rendered.plainText(), rendered.links(), rendered.images());
    }

    static String link(String html, Map<String, Long> idsByKey, String language) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        int protectedDepth = 0;
        while (tag.find()) {
            String text = html.substring(at, tag.start());
            out.append(protectedDepth > 0 ? text : linkText(text, idsByKey, language));
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("a") || name.equals("code") || name.equals("pre")) {
                protectedDepth += tag.group(1).isEmpty() ? 1 : -1;
            }
            out.append(tag.group());
            at = tag.end();
        }
        String rest = html.substring(at);
        out.append(protectedDepth > 0 ? rest : linkText(rest, idsByKey, language));
        return out.toString();
    }

    private static String linkText(String text, Map<String, Long> idsByKey, String language) {
        Matcher mention = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (mention.find()) {
            String name = mention.group(1).replaceAll("[.-]+$", "");
            Long id = idsByKey.get(name.toLowerCase(Locale.ROOT));
            String replacement = id == null
                    ? mention.group()
                    : "<a href=\"/" + language + "/members/" + id + "\" rel=\"nofollow ugc noopener\">&#64;" + name
                            + "</a>" + mention.group(1).substring(name.length());
            mention.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        mention.appendTail(out);
        return out.toString();
    }
}
