/**
 * The doctor kit: a letter and handout that help a patient ask their doctor about MPS, and doctors' responses.
 */
@ApplicationModule(
        allowedDependencies = {
            "web::api",
            "accounts::api",
            "content::api",
            "articles::api",
            "redflags::api",
            "body::api",
            "statistics::api"
        })
package org.mpscommons.doctorkit;

import org.springframework.modulith.ApplicationModule;
