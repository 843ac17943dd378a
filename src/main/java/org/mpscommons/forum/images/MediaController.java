package org.mpscommons.forum.images;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.forum.GuestKey;
import org.mpscommons.forum.Reader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves images in posts at /media/{name}.{jpg|png} to those who may see them ({@link ImageAccess}); to everyone
 * else, and for unknown names, 404, so that an image's existence is not revealed.
 */
@Controller
class MediaController {

    static final String PATH = "/media/";

    private static final Pattern FILE = Pattern.compile("(" + ImageStore.NAME.pattern() + ")\\.(jpg|png)");

    /**
     * An image's bytes never change (a new upload gets a new name), but who may see it does: once its post is hidden
     * or deleted, copies in browsers and proxies must stop being shown. So they are kept five minutes, then checked
     * (a cheap 304 while the image may still be seen, a 404 once it may not); must-revalidate forbids showing a stale
     * copy when the site cannot be asked.
     */
    static final String CACHE_PUBLIC = "public, max-age=300, must-revalidate";

    /** As for members-only topic pages: this browser only, and it asks each time (a cheap 304) if still allowed. */
    static final String CACHE_MEMBERS = "private, no-cache";

    /** Seen by its owner or moderators only, perhaps not for long: no cache keeps it. */
    static final String CACHE_NONE = "private, no-store";

    /**
     * Opened on its own, an image runs nothing, loads nothing else, and cannot be framed; this replaces the site's
     * page policy for these responses.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'";

    private final ImageRepository images;
    private final ImageAccess access;

    MediaController(ImageRepository images, ImageAccess access) {
        this.images = images;
        this.access = access;
    }

    @GetMapping(PATH + "{file}")
    ResponseEntity<byte[]> image(
            @PathVariable String file, @AuthenticationPrincipal MemberPrincipal member, HttpServletRequest request) {
        Matcher parts = FILE.matcher(file);
        if (!parts.matches()) {
            throw notFound();
        }
        StoredImage image = images.find(parts.group(1))
                .filter(found -> found.extension().equals(parts.group(2)))
                .orElseThrow(MediaController::notFound);
        ImageAccess.Audience audience =
                access.audience(image, Reader.of(member, GuestKey.of(request))).orElseThrow(MediaController::notFound);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("image." + image.extension())
                                .build()
                                .toString())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        switch (audience) {
            case EVERYONE ->
                response.header(HttpHeaders.CACHE_CONTROL, CACHE_PUBLIC).eTag(image.name());
            case MEMBERS ->
                response.header(HttpHeaders.CACHE_CONTROL, CACHE_MEMBERS).eTag(image.name());
            case FEW -> response.header(HttpHeaders.CACHE_CONTROL, CACHE_NONE);
        }
        return response.body(image.bytes());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
