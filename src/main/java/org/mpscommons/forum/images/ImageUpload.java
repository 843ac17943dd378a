package org.mpscommons.forum.images;

/** What came of an uploaded image: stored (re-encoded, not yet in any post), or refused with a reason to show. */
sealed interface ImageUpload {

    /**
     * The image as stored; {@code width} and {@code height} are those of the stored image (after downscaling and
     * turning it upright), which the editor may use for the {@code <img>} size.
     */
    record Stored(String name, String extension, int width, int height) implements ImageUpload {

        /** The address to put in the post's Markdown, {@code ![…](/media/{name}.{extension})}. */
        public String markdownPath() {
            return MediaController.PATH + name + "." + extension;
        }
    }

    /** Nothing was stored; {@code messageKey} is a message (forum.image.*) telling the member what to do. */
    record Refused(String messageKey) implements ImageUpload {}
}
