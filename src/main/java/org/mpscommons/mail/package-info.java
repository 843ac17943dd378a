/**
 * Outgoing mail: an outbox in the database, delivery by SMTP with retries, and the admins' view of the outbox.
 */
@ApplicationModule(allowedDependencies = {"web::api"})
package org.mpscommons.mail;

import org.springframework.modulith.ApplicationModule;
