package org.mpscommons.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.mpscommons.content.images.ImageReencoding;
import org.mpscommons.content.images.ImageRefused;
import org.mpscommons.content.images.ReencodedImage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Profile pictures. An upload goes through the same re-encoding as photos in posts (content's {@link
 * ImageReencoding}: type told from the bytes, decoded within a memory budget, encoded afresh without any of the file's
 * metadata), is cut square about its centre and kept in two sizes under a new random name.
 */
@Service
class Avatars {

    /** Trying a few pictures is normal; more than this an hour is a script using the server's CPU. */
    static final int UPLOADS_PER_HOUR = 10;

    static final Duration UPLOAD_WINDOW = Duration.ofHours(1);

    /** 128 random bits, as for photos in posts: nobody finds a picture's address but from a page that shows it. */
    private static final int NAME_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AvatarRepository avatars;
    private final ImageReencoding reencoding;
    private final Throttle throttle;
    private final Clock clock;

    Avatars(AvatarRepository avatars, ImageReencoding reencoding, Throttle throttle, Clock clock) {
        this.avatars = avatars;
        this.reencoding = reencoding;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Stores the member's new picture in place of any before it. No transaction is held while the picture is
     * decoded (a second, perhaps): only the save at the end takes one.
     *
     * @return null when it was stored, else the message (avatar.refused.*) that tells the member why not
     */
    String upload(long memberId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return refusal(ImageRefused.Reason.EMPTY);
        }
        if (file.getSize() > ImageReencoding.MAX_UPLOAD_BYTES) {
            return refusal(ImageRefused.Reason.SIZE);
        }
        String bucket = "avatar:" + memberId;
        if (throttle.reached(bucket, UPLOADS_PER_HOUR, UPLOAD_WINDOW)) {
            return "avatar.refused.rate";
        }
        List<ReencodedImage> sizes;
        try (InputStream content = file.getInputStream()) {
            sizes = reencoding.squares(content, () -> throttle.record(bucket), Avatar.LARGE, Avatar.SMALL);
        } catch (ImageRefused refused) {
            return refusal(refused.reason());
        } catch (IOException unreadable) {
            return refusal(ImageRefused.Reason.UNREADABLE);
        }
        ReencodedImage large = sizes.get(0);
        ReencodedImage small = sizes.get(1);
        avatars.save(new AvatarRepository.StoredAvatar(
                memberId,
                newName(),
                large.format().extension(),
                large.format().contentType(),
                small.bytes(),
                large.bytes(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return null;
    }

    /** Returns whether there was a picture to remove. */
    @Transactional
    boolean remove(long memberId) {
        return avatars.remove(memberId);
    }

    private static String refusal(ImageRefused.Reason reason) {
        return "avatar.refused." + reason.name().toLowerCase(Locale.ROOT);
    }

    private static String newName() {
        byte[] bytes = new byte[NAME_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
