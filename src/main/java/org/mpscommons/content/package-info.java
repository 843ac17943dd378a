/**
 * Text handling shared by the features that publish writing: Markdown to safe HTML, CSV reading, script and
 * direction checks. Depends on nothing else in the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.mpscommons.content;

import org.springframework.modulith.ApplicationModule;
