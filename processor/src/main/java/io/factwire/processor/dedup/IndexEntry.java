package io.factwire.processor.dedup;

/** A bucket's record of one article: who it is and where it stands in the (ingested, id) order. */
record IndexEntry(String articleId, long ingested) {

    /**
     * The global order every partition agrees on: a copy can only duplicate an article strictly before it, so two
     * copies arriving at once on different partitions can never be declared duplicates of each other.
     */
    boolean isBefore(long otherIngested, String otherId) {
        return ingested != otherIngested ? ingested < otherIngested : articleId.compareTo(otherId) < 0;
    }
}
