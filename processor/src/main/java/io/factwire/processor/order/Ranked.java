package io.factwire.processor.order;

/**
 * What {@link RankOrder} reads of a record: where it came from, and its rank. The rank is the ingest time, then the
 * record key (the article id): ingest stamps strictly increasing times within one run, so one run's articles are
 * decided in the order it read them, however they were spread over partitions and threads.
 */
public interface Ranked {
    SourcePosition source();

    /** Ingest time in epoch milliseconds: the first part of the rank. */
    long ingested();
}
