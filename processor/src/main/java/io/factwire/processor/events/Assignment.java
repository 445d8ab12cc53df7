package io.factwire.processor.events;

/**
 * The index's answer for one article: the event it now belongs to (after the article joined it).
 *
 * @param articleId the article
 * @param event     its event, updated with the article
 * @param created   true when the article founded the event
 */
public record Assignment(String articleId, EventState event, boolean created) {}
