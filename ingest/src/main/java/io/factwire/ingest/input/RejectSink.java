package io.factwire.ingest.input;

/**
 * Receives every input the reader could not turn into an article, in input order, so that nothing is dropped
 * silently. A sink may throw (for instance to stop at the first bad input); the exception reaches the
 * consumer of the article stream.
 */
@FunctionalInterface
public interface RejectSink {

    void reject(Rejection rejection);
}
