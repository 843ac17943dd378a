package org.mpscommons.forum.images;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo sent with a draft (new topic, reply, edit): stored through {@link ImageStore} and added to the end of the
 * text as Markdown, where the writer sees it in the preview and can move it. Works without JavaScript: the file goes
 * with the form, whichever button was pressed.
 */
@Component
public class Attachments {

    /** Alt text is a short description; anything longer belongs in the post. */
    static final int ALT_MAX = 200;

    private final ImageStore images;

    Attachments(ImageStore images) {
        this.images = images;
    }

    /** The draft's text with the image added, or the message key saying why it was refused. */
    public record Added(String body, String refusal) {}

    public Added add(long memberId, MultipartFile file, String alt, String body) {
        String text = body == null ? "" : body;
        if (file == null || file.isEmpty()) {
            return new Added(text, null);
        }
        ImageUpload upload;
        try (InputStream content = file.getInputStream()) {
            upload = images.store(memberId, content, file.getSize());
        } catch (IOException e) {
            return new Added(text, "forum.image.unreadable");
        }
        return switch (upload) {
            case ImageUpload.Stored stored ->
                new Added(
                        text.stripTrailing() + (text.isBlank() ? "" : "\n\n") + "![" + altText(alt) + "]("
                                + stored.markdownPath() + ")",
                        null);
            case ImageUpload.Refused refused -> new Added(text, refused.messageKey());
        };
    }

    /** Brackets and line breaks would end the Markdown image early; they go. */
    private static String altText(String alt) {
        String text = alt == null ? "" : alt.replaceAll("[\\[\\]()\\r\\n]", " ").strip();
        return text.codePointCount(0, text.length()) > ALT_MAX
                ? text.substring(0, text.offsetByCodePoints(0, ALT_MAX))
                : text;
    }
}
