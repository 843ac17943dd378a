package org.mpscommons.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The categories, kept in memory: every forum page names them and they change only when an admin edits one. An edit
 * refreshes this node at once; other nodes of a multi-node site pick it up within {@link #REFRESH}.
 */
@Component
public class Categories {

    /** How stale another node's copy may get after an admin's edit. */
    static final Duration REFRESH = Duration.ofSeconds(60);

    private final CategoryRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    Categories(CategoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    List<Category> all() {
        Snapshot current = snapshot;
        if (current == null || clock.instant().isAfter(current.loadedAt().plus(REFRESH))) {
            current = new Snapshot(repository.all(), clock.instant());
            snapshot = current;
        }
        return current.categories();
    }

    public Optional<Category> bySlug(String slug) {
        return all().stream().filter(category -> category.slug().equals(slug)).findFirst();
    }

    Optional<Category> byId(long id) {
        return all().stream().filter(category -> category.id() == id).findFirst();
    }

    void update(Category category) {
        repository.update(category);
        snapshot = null;
    }

    private record Snapshot(List<Category> categories, Instant loadedAt) {}
}
