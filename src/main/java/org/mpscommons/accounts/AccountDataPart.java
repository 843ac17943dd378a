package org.mpscommons.accounts;

import org.springframework.modulith.NamedInterface;

/**
 * What a feature holds about a member, for "download my data": each feature that stores something a member wrote or
 * chose adds its part, so the export stays complete as features are added.
 */
@NamedInterface("api")
public interface AccountDataPart {

    /** The part's name in the export, e.g. "forum". */
    String name();

    /** Plain values, lists and maps, written as JSON. */
    Object export(long memberId);
}
