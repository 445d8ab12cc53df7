package io.factwire.processor.events;

/**
 * An article's event id on its way back from the sequencer: the article's own assignment, or (moved) the event
 * that absorbed the one it was assigned before. The gather step needs to tell them apart: an assignment waits for
 * its article, a move of an article already gathered goes on downstream at once.
 */
record AssignedEvent(String eventId, boolean moved) {

    static AssignedEvent assigned(String eventId) {
        return new AssignedEvent(eventId, false);
    }

    static AssignedEvent moved(String eventId) {
        return new AssignedEvent(eventId, true);
    }
}
