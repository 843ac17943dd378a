/**
 * The body: the one vocabulary of places where it hurts (regions from the project's trigger-point reference data, with
 * a side for the paired ones) and the figure that draws them, shared by the doctor kit and the pain map.
 */
@ApplicationModule(allowedDependencies = {"web::api", "content::api"})
package org.mpscommons.body;

import org.springframework.modulith.ApplicationModule;
