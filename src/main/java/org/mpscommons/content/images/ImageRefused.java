package org.mpscommons.content.images;

import org.springframework.modulith.NamedInterface;

/**
 * An uploaded image the site will not store, and why. Each feature tells its members in its own words (a photo in a
 * post, a profile picture), so the reason is a value, not a message.
 */
@NamedInterface("api")
public final class ImageRefused extends Exception {

    /** Why an image was refused; each says what the member can do about it. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** Larger than {@link ImageReencoding#MAX_UPLOAD_BYTES}. */
        SIZE,
        /** Not JPEG, PNG or WebP, told from its first bytes. */
        TYPE,
        /** Its header declares more than {@link ImageReencoder#MAX_PIXELS}. */
        PIXELS,
        /** Its pixels cannot be decoded within {@link ImageReencoder#MAX_PIXEL_BYTES} (a large lossless WebP). */
        MEMORY,
        /** Every decoding slot stayed taken ({@link DecodingSlots}): try again in a moment. */
        BUSY,
        /** Damaged or cut off. */
        UNREADABLE
    }

    private final Reason reason;

    ImageRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
