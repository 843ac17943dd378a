package org.mpscommons.forum.images;

/** An uploaded image the site will not store, and the message (forum.image.*) that says why. */
final class ImageRefused extends Exception {

    private final String messageKey;

    ImageRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
