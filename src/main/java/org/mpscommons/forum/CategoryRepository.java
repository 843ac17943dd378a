package org.mpscommons.forum;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for forum categories. */
@Repository
class CategoryRepository {

    private static final RowMapper<Category> CATEGORY = (rs, n) -> new Category(
            rs.getLong("id"),
            rs.getString("slug"),
            rs.getString("name_en"),
            rs.getString("name_ja"),
            rs.getString("description_en"),
            rs.getString("description_ja"),
            rs.getInt("position"),
            rs.getBoolean("has_answers"));

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all() {
        return jdbc.sql("""
                SELECT id, slug, name_en, name_ja, description_en, description_ja, position, has_answers
                FROM forum_category ORDER BY position, id
                """).query(CATEGORY).list();
    }

    void update(Category category) {
        jdbc.sql("""
                UPDATE forum_category SET name_en = :nameEn, name_ja = :nameJa, description_en = :descriptionEn,
                    description_ja = :descriptionJa, position = :position
                WHERE id = :id
                """)
                .param("id", category.id())
                .param("nameEn", category.nameEn())
                .param("nameJa", category.nameJa())
                .param("descriptionEn", category.descriptionEn())
                .param("descriptionJa", category.descriptionJa())
                .param("position", category.position())
                .update();
    }
}
