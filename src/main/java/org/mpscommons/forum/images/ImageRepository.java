package org.mpscommons.forum.images;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.mpscommons.content.images.ImageFormat;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for images in posts. */
@Repository
class ImageRepository {

    private static final RowMapper<StoredImage> IMAGE = (rs, n) -> new StoredImage(
            rs.getString("name"),
            rs.getString("extension"),
            rs.getString("content_type"),
            rs.getLong("owner_id"),
            rs.getObject("post_id", Long.class),
            rs.getBytes("bytes"));

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewImage image) {
        jdbc.sql("""
                INSERT INTO forum_image (name, extension, content_type, owner_id, width, height, bytes, size_bytes,
                    created_at)
                VALUES (:name, :extension, :contentType, :owner, :width, :height, :bytes, :size, :now)
                """)
                .param("name", image.name())
                .param("extension", image.format().extension())
                .param("contentType", image.format().contentType())
                .param("owner", image.ownerId())
                .param("width", image.width())
                .param("height", image.height())
                .param("bytes", image.bytes())
                .param("size", image.bytes().length)
                .param("now", utc(image.createdAt()))
                .update();
    }

    /** What {@link #insert} stores. */
    record NewImage(
            String name, ImageFormat format, long ownerId, int width, int height, byte[] bytes, Instant createdAt) {}

    Optional<StoredImage> find(String name) {
        return jdbc.sql("""
                SELECT name, extension, content_type, owner_id, post_id, bytes FROM forum_image WHERE name = :name
                """).param("name", name).query(IMAGE).optional();
    }

    /**
     * Attaches the owner's named images that are in no post yet, provided the owner wrote the post: an image cannot
     * be moved into another post, nor put into someone else's.
     */
    int attach(long ownerId, long postId, Collection<String> names) {
        return jdbc.sql("""
                UPDATE forum_image SET post_id = :post
                WHERE name IN (:names) AND owner_id = :owner AND post_id IS NULL
                  AND EXISTS (SELECT 1 FROM forum_post WHERE id = :post AND author_id = :owner)
                """)
                .param("post", postId)
                .param("names", names)
                .param("owner", ownerId)
                .update();
    }

    /** Removes images uploaded before the given time that are in no post (never used, or their post is gone). */
    void deleteUnattached(Instant before) {
        jdbc.sql("DELETE FROM forum_image WHERE post_id IS NULL AND created_at < :before")
                .param("before", utc(before))
                .update();
    }

    void deleteUnattachedOf(long ownerId) {
        jdbc.sql("DELETE FROM forum_image WHERE owner_id = :owner AND post_id IS NULL")
                .param("owner", ownerId)
                .update();
    }

    void deleteAllOf(long ownerId) {
        jdbc.sql("DELETE FROM forum_image WHERE owner_id = :owner")
                .param("owner", ownerId)
                .update();
    }
}
