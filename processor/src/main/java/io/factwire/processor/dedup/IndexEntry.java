package io.factwire.processor.dedup;

/** A bucket's record of one article: who it is and where it stands in the dedup sequence ({@code ingested} holds it). */
record IndexEntry(String articleId, long ingested) {

    /**
     * The global order every partition agrees on (the dedup sequence; the id only breaks ties in tests that build
     * entries by hand): a copy can only duplicate an article strictly before it, so two copies can never be
     * declared duplicates of each other.
     */
    boolean isBefore(long otherIngested, String otherId) {
        return ingested != otherIngested ? ingested < otherIngested : articleId.compareTo(otherId) < 0;
    }
}
