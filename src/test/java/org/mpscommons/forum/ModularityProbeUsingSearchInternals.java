package org.mpscommons.forum;

import org.mpscommons.search.Search;

/**
 * Deliberately breaks the module map: forum may use search only through its {@code spi}, and {@link Search} is
 * search's own. Only {@code ModularityTest}'s negative check imports this class; the real check never sees it.
 */
class ModularityProbeUsingSearchInternals {

    Search search;
}
