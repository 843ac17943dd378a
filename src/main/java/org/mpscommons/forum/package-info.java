/**
 * The forum: categories, topics, posts, guests' comments, photos, reactions, moderation and notifications.
 */
@ApplicationModule(allowedDependencies = {"web::api", "accounts::api", "content::api", "mail::api", "search::spi"})
package org.mpscommons.forum;

import org.springframework.modulith.ApplicationModule;
