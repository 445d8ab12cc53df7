package io.factwire.processor.dedup;

/**
 * A bucket's record of one article: who it is, when it was ingested (where its sketch is filed), and the original
 * that stands for its cluster: the unique article it was found to copy (its best match's original), or itself.
 * A later copy links to that original rather than to the article it matched, so one record per cluster suffices.
 */
record IndexEntry(String articleId, long ingested, String originalId) {}
