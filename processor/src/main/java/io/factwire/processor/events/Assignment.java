package io.factwire.processor.events;

import io.factwire.avro.Event;

/** The sequencer's answer for one article: its event id and the event as it now stands. */
record Assignment(String articleId, Event event) {}
