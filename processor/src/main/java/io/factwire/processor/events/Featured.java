package io.factwire.processor.events;

/** What the event assignment reads of a record: the article's features, extracted where the article arrived. */
public interface Featured {
    EventFeatures features();
}
