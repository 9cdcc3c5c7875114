package org.mentorkit.matching.core;

/**
 * Receives progress of a running search, a few times a second, on the searching thread. Keep it quick; it must not
 * throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    /**
     * Called with the search's state so far.
     *
     * @param progress how far the search has come; a new immutable value on each call
     */
    void onProgress(SearchProgress progress);
}
