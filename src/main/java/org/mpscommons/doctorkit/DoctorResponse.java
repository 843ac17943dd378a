package org.mpscommons.doctorkit;

import java.time.LocalDate;
import java.time.YearMonth;

/** One visit a patient told us about: ids from the kit's lists; {@code prefecture} only for Japan, else null. */
record DoctorResponse(
        long id,
        String diagnosis,
        ResponseType response,
        String country,
        String prefecture,
        YearMonth visitMonth,
        LocalDate createdOn) {}
