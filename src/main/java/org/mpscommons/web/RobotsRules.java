package org.mpscommons.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The paths one feature keeps crawlers out of, which it declares as a bean; {@code /robots.txt} lists every
 * feature's. They are the areas that are one person's, the moderators' and admins', and the forms that write: a page
 * a visitor may open but that must not be indexed stays crawlable and says {@code noindex} itself, which a crawler
 * can only read if it may fetch it. A rule is a prefix of the paths it covers; {@code *} matches any run of
 * characters.
 *
 * @param order where this feature's lines go in the file, lower first, unique among features; crawlers do not care
 *     (the longest matching rule wins), but the file stays the same from one start to the next
 * @param withoutLanguage whole paths, such as {@code /admin}
 * @param inEveryLanguage paths after the language, such as {@code /account}: disallowed under every {@code /{lang}}
 */
@NamedInterface("api")
public record RobotsRules(int order, List<String> withoutLanguage, List<String> inEveryLanguage) {

    public RobotsRules {
        withoutLanguage = List.copyOf(withoutLanguage);
        inEveryLanguage = List.copyOf(inEveryLanguage);
        for (String path : withoutLanguage) {
            requirePath(path);
        }
        for (String path : inEveryLanguage) {
            requirePath(path);
        }
    }

    /** Rules only under each language, {@code /{lang}…}: the usual case, as a feature's pages live there. */
    public static RobotsRules inEveryLanguage(int order, String... paths) {
        return new RobotsRules(order, List.of(), List.of(paths));
    }

    private static void requirePath(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A robots.txt rule is a path starting with /: " + path);
        }
    }
}
