/**
 * What members send, made safe once for every feature that publishes it: Markdown to safe HTML, CSV reading, script
 * and direction checks, and uploaded images decoded and encoded afresh ({@code images}: photos in posts, profile
 * pictures). Depends on nothing else in the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.mpscommons.content;

import org.springframework.modulith.ApplicationModule;
