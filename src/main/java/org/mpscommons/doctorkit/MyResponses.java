package org.mpscommons.doctorkit;

import java.util.List;

/** A member's linked responses as their own page lists them, in the page's language. */
public record MyResponses(List<Item> items, boolean deleted) {

    public record Item(long id, String month, String diagnosis, String response, String place, String recordedOn) {}
}
