package org.mpscommons.accounts;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves avatars to everyone (they are shown wherever the member's name is): uploaded pictures at
 * {@code /avatars/{name}-96.jpg} (or -192, or .png), and drawn initials at
 * {@code /avatars/initials/{colour}/{letters}.svg}. What an address shows never changes (a new picture gets a new
 * name; initials are all in the address), so browsers and proxies keep them for a year without asking again.
 */
@RestController
class AvatarController {

    /** A year, the most RFC 9111 caches are asked to honour; immutable spares even the reload's revalidation. */
    private static final CacheControl FOREVER =
            CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    /** Opened on its own, an avatar runs nothing, loads nothing and cannot be framed (as photos in posts). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private static final Pattern PICTURE =
            Pattern.compile("([A-Za-z0-9_-]{22,32})-(" + Avatar.SMALL + "|" + Avatar.LARGE + ")\\.(jpg|png)");

    private final AvatarRepository avatars;

    AvatarController(AvatarRepository avatars) {
        this.avatars = avatars;
    }

    @GetMapping(Avatar.PATH + "{file:[A-Za-z0-9_-]+-[0-9]+\\.[a-z]+}")
    ResponseEntity<byte[]> picture(@PathVariable String file) {
        Matcher parts = PICTURE.matcher(file);
        if (!parts.matches()) {
            throw notFound();
        }
        AvatarRepository.StoredAvatar avatar = avatars.byName(parts.group(1))
                .filter(found -> found.extension().equals(parts.group(3)))
                .orElseThrow(AvatarController::notFound);
        byte[] bytes = parts.group(2).equals(String.valueOf(Avatar.SMALL)) ? avatar.small() : avatar.large();
        return image(MediaType.parseMediaType(avatar.contentType()), bytes);
    }

    @GetMapping(Avatar.PATH + "initials/{colour}/{letters}.svg")
    ResponseEntity<byte[]> initials(@PathVariable String colour, @PathVariable String letters) {
        int index;
        try {
            index = Integer.parseInt(colour);
        } catch (NumberFormatException e) {
            throw notFound();
        }
        if (index < 0 || index >= InitialsAvatar.PALETTE.size() || !InitialsAvatar.valid(letters)) {
            throw notFound();
        }
        return image(SVG, InitialsAvatar.svg(letters, index).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(InitialsAvatar.NOBODY)
    ResponseEntity<byte[]> nobody() {
        return image(SVG, InitialsAvatar.nobodySvg().getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> image(MediaType type, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(FOREVER)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(bytes);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
