package org.mpscommons.forum.images;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.content.images.ImageReencoding;
import org.mpscommons.content.images.ImageRefused;
import org.mpscommons.content.images.ReencodedImage;
import org.springframework.stereotype.Service;

/**
 * Images in forum posts. A member uploads an image while writing ({@link #store}); the editor puts its
 * {@link ImageUpload.Stored#markdownPath()} into the post's Markdown; once the post is saved, the images it names are
 * attached to it ({@link #attach}, with {@link #namesIn}). Who may then see an image follows who may read its post's
 * text ({@code MediaController}); images never attached are removed after a day ({@code ImageCleanup}).
 *
 * <p>Nothing a member uploads is served as it came: the type is told from the bytes, the size is checked before and
 * while reading, and the image is decoded and encoded afresh by content's {@link ImageReencoding}, which profile
 * pictures go through too.
 */
@Service
public class ImageStore {

    /** The most an upload may have; the caller's multipart limit must be at least this. */
    static final int MAX_UPLOAD_BYTES = ImageReencoding.MAX_UPLOAD_BYTES;

    /** A post with photos needs a handful; twenty an hour keeps a script from filling the database or the CPU. */
    static final int UPLOADS_PER_HOUR = 20;

    static final Duration UPLOAD_WINDOW = Duration.ofHours(1);

    /** 128 random bits: an address nobody can guess, so an image not yet in a post is reached only by its owner. */
    private static final int NAME_BYTES = 16;

    static final String SIZE = "forum.image.size";
    static final String RATE = "forum.image.rate";

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final Pattern REFERENCE =
            Pattern.compile(Pattern.quote(MediaController.PATH) + "(" + NAME.pattern() + ")\\.(?:jpg|png)\\b");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ImageRepository images;
    private final ImageReencoding reencoding;
    private final Throttle throttle;
    private final Clock clock;

    ImageStore(ImageRepository images, ImageReencoding reencoding, Throttle throttle, Clock clock) {
        this.images = images;
        this.reencoding = reencoding;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Checks, re-encodes and stores an image for the member, not yet attached to any post (only they can see it
     * until then).
     *
     * @param content the uploaded bytes; at most {@link #MAX_UPLOAD_BYTES} + 1 are read, and the caller closes it
     * @param declaredSize the size the client announced, or -1 when unknown; a larger one is refused unread, but the
     *     bytes actually read are checked all the same
     * @return {@link ImageUpload.Stored}, or {@link ImageUpload.Refused} with one of the forum.image.* messages
     */
    ImageUpload store(long ownerId, InputStream content, long declaredSize) {
        if (declaredSize > MAX_UPLOAD_BYTES) {
            return new ImageUpload.Refused(SIZE);
        }
        String bucket = "forum-image:" + ownerId;
        if (throttle.reached(bucket, UPLOADS_PER_HOUR, UPLOAD_WINDOW)) {
            return new ImageUpload.Refused(RATE);
        }
        ReencodedImage image;
        try {
            // Counted once the file is known to be an image, whether decoding then succeeds or not: decoding is the
            // work the limit protects.
            image = reencoding.reencode(content, () -> throttle.record(bucket));
        } catch (ImageRefused refused) {
            return new ImageUpload.Refused(messageKey(refused.reason()));
        }
        if (image.bytes().length > MAX_UPLOAD_BYTES) {
            return new ImageUpload.Refused(SIZE); // only a large image full of noise with transparency gets here
        }
        String name = newName();
        images.insert(new ImageRepository.NewImage(
                name,
                image.format(),
                ownerId,
                image.width(),
                image.height(),
                image.bytes(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new ImageUpload.Stored(name, image.format().extension(), image.width(), image.height());
    }

    /**
     * Attaches to the post those of the named images that this member uploaded and that are in no post yet; others'
     * images, and images already in a post, are left as they are. Nothing is attached unless the member wrote the
     * post. Call it in the transaction that saves the post, with {@link #namesIn} of its text.
     */
    public void attach(long ownerId, long postId, Collection<String> names) {
        List<String> valid = names.stream()
                .filter(name -> NAME.matcher(name).matches())
                .distinct()
                .toList();
        if (!valid.isEmpty()) {
            images.attach(ownerId, postId, valid);
        }
    }

    /** The names of the images a post's text shows ({@code /media/{name}.jpg} or {@code .png}), each once, in order. */
    public static List<String> namesIn(String markdownOrHtml) {
        if (markdownOrHtml == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(markdownOrHtml);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return List.copyOf(names);
    }

    /** forum.image.empty, forum.image.size, …: the reasons in the forum's words. */
    private static String messageKey(ImageRefused.Reason reason) {
        return "forum.image." + reason.name().toLowerCase(Locale.ROOT);
    }

    private static String newName() {
        byte[] bytes = new byte[NAME_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
