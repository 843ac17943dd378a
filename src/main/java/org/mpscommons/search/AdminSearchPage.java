package org.mpscommons.search;

/**
 * What the admin's page about this node's search index shows: what it holds, and the last full rebuild.
 *
 * @param megabytes the index's size on disk, formatted with one decimal
 * @param lastChange the id of the last change-log entry the index holds
 * @param rebuild the last full rebuild since the node started, finished or still running, or null
 * @param running a rebuild is running now, so none can be started
 */
public record AdminSearchPage(
        int documents, String megabytes, long lastChange, SearchIndexer.Reindex rebuild, boolean running) {}
