/**
 * Running the site: the data directory and the content that ships with the application.
 */
@ApplicationModule(allowedDependencies = {"web::api"})
package org.mpscommons.ops;

import org.springframework.modulith.ApplicationModule;
