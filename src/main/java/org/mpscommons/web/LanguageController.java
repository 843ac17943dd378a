package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Sends visitors to their language and remembers the language they pick with the switch. */
@Controller
class LanguageController {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final LanguagePreference preference;

    LanguageController(LanguagePreference preference) {
        this.preference = preference;
    }

    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        Language language = preference.of(request);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/" + language.code() + "/")
                // The answer depends on these request headers; shared caches must not hand it to someone else.
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @GetMapping("/" + Routes.LANG)
    String languageRoot(@PathVariable Language lang) {
        return "redirect:/" + lang.code() + "/";
    }

    @GetMapping("/language/" + Routes.LANG)
    ResponseEntity<Void> choose(
            @PathVariable Language lang,
            @RequestParam(name = "to", required = false) String to,
            HttpServletRequest request,
            HttpServletResponse response) {
        preference.remember(lang, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, safeTarget(lang, to))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Only a path of this site in the chosen language, or of the admin area (which has no language in its URLs);
     * anything else could make the switch an open redirect.
     */
    static String safeTarget(Language lang, String to) {
        String home = "/" + lang.code() + "/";
        if (to == null || to.contains("//") || to.contains("\\") || to.chars().anyMatch(Character::isISOControl)) {
            return home;
        }
        boolean inLanguage = to.equals("/" + lang.code()) || to.startsWith(home);
        boolean admin = to.equals("/admin") || to.startsWith("/admin/");
        return inLanguage || admin ? asciiOnly(to) : home;
    }

    /**
     * The target with every character outside visible ASCII percent-encoded as UTF-8. A header value carries only
     * Latin-1, so Tomcat drops a Location holding Japanese (a pasted topic address, a search for 肩こり); escapes
     * already in the target stay as they are.
     */
    static String asciiOnly(String target) {
        StringBuilder encoded = new StringBuilder(target.length());
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (unsigned > 0x20 && unsigned < 0x7F) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0xF]);
            }
        }
        return encoded.toString();
    }
}
