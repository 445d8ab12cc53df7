package io.factwire.processor.dedup;

/** A bucket's record of one article: who it is and when it was ingested (where its sketch is filed). */
record IndexEntry(String articleId, long ingested) {}
