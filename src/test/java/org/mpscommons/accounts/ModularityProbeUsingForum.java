package org.mpscommons.accounts;

import org.mpscommons.forum.Topic;

/**
 * Deliberately breaks the module map: accounts sits below forum and may not depend on it. Only
 * {@code ModularityTest}'s negative check imports this class; the real check never sees it.
 */
class ModularityProbeUsingForum {

    Topic topic;
}
