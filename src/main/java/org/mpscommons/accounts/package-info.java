/**
 * Members: registration, sign-in, two factors, profiles, powers (roles), suspensions, the audit log, data export and
 * account deletion. Other features use its {@code api}; {@code tools} is for the dataset generator.
 */
@ApplicationModule(allowedDependencies = {"web::api", "mail::api", "content::api"})
package org.mpscommons.accounts;

import org.springframework.modulith.ApplicationModule;
