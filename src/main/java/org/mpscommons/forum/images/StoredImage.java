package org.mpscommons.forum.images;

/**
 * An image as served: its bytes, and what decides who may see it.
 *
 * @param postId the post it is shown in, or null while it is in none
 */
record StoredImage(String name, String extension, String contentType, long ownerId, Long postId, byte[] bytes) {

    boolean attached() {
        return postId != null;
    }

    boolean ownedBy(Long memberId) {
        return memberId != null && memberId == ownerId;
    }
}
