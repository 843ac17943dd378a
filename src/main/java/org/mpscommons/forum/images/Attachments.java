package org.mpscommons.forum.images;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo sent with a draft (new topic, reply, edit): stored through {@link ImageStore}; the compose box then shows it
 * as a card under the text with its description, and the post's Markdown gets it when the post is saved. Works
 * without JavaScript: the file goes with the form, whichever button was pressed, and the card comes back with the page.
 */
@Component
public class Attachments {

    /** Alt text is a short description; anything longer belongs in the post. */
    static final int ALT_MAX = 200;

    /** A photo's address as a post's Markdown names it; only these are carried from one round trip to the next. */
    private static final Pattern PHOTO_PATH =
            Pattern.compile(Pattern.quote(MediaController.PATH) + ImageStore.NAME.pattern() + "\\.(?:jpg|png)");

    private final ImageStore images;

    Attachments(ImageStore images) {
        this.images = images;
    }

    /**
     * What came of the file sent with a draft.
     *
     * @param path the stored photo's address ({@code /media/…}), or null when no file was sent or it was refused
     * @param refusal the message key saying why it was refused, or null
     */
    public record Stored(String path, String refusal) {}

    public Stored store(long memberId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new Stored(null, null);
        }
        ImageUpload upload;
        try (InputStream content = file.getInputStream()) {
            upload = images.store(memberId, content, file.getSize());
        } catch (IOException e) {
            return new Stored(null, "forum.image.unreadable");
        }
        return switch (upload) {
            case ImageUpload.Stored stored -> new Stored(stored.markdownPath(), null);
            case ImageUpload.Refused refused -> new Stored(null, refused.messageKey());
        };
    }

    /** Whether the text is a photo's address as {@link #store} gives it (forms carry it back in hidden fields). */
    public static boolean isPhotoPath(String path) {
        return path != null && PHOTO_PATH.matcher(path).matches();
    }

    /** A description as a Markdown image can hold it: brackets, backslashes and line breaks would
     * end it early, so they go. */
    public static String altText(String alt) {
        String text =
                alt == null ? "" : alt.replaceAll("[\\[\\]()\\\\\\r\\n]", " ").strip();
        return text.codePointCount(0, text.length()) > ALT_MAX
                ? text.substring(0, text.offsetByCodePoints(0, ALT_MAX))
                : text;
    }
}
