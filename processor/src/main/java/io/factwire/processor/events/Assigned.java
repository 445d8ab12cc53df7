package io.factwire.processor.events;

/** A record and the index's answer for its article: the event it joined or founded, and what that merged. */
public record Assigned<T>(T item, Assignment assignment) {}
