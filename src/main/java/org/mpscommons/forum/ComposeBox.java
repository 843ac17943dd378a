package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.forum.images.Attachments;
import org.mpscommons.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the three forms that write a post (new topic, reply, edit) do alike with the compose box on each round trip:
 * take back the cards the form carried, store a photo sent with it as one more card, and apply a card's remove button.
 */
@Component
class ComposeBox {

    private final Attachments attachments;

    ComposeBox(Attachments attachments) {
        this.attachments = attachments;
    }

    /**
     * The cards as sent.
     *
     * @param refusal why the photo sent with the form was not stored (an error on the file field), or none
     * @param removed a card's remove button was pressed: the form comes back without it, and nothing else happens
     */
    record Received(Composition composition, FormErrors refusal, boolean removed) {}

    /** @param uploaderId the member who may add a photo here, or null (a guest, or a moderator editing) */
    Received receive(HttpServletRequest request, Long uploaderId, MultipartFile image, String imageAlt) {
        Composition composition = Composition.read(request);
        FormErrors refusal = new FormErrors();
        if (uploaderId != null) {
            Attachments.Stored stored = attachments.store(uploaderId, image);
            if (stored.refusal() != null) {
                refusal.reject("image", stored.refusal());
            } else if (stored.path() != null) {
                composition = composition.withPhoto(stored.path(), imageAlt);
            }
        }
        String removal = request.getParameter("remove");
        if (removal != null) {
            return new Received(composition.without(removal), refusal, true);
        }
        return new Received(composition, refusal, false);
    }
}
