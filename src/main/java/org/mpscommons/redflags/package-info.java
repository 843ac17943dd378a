/**
 * The one table of warning signs (red flags) that need a doctor soon, today or now, by body region; read by the
 * doctor kit and every later feature that asks where it hurts.
 */
@ApplicationModule(allowedDependencies = {"web::api", "accounts::api", "content::api"})
package org.mpscommons.redflags;

import org.springframework.modulith.ApplicationModule;
