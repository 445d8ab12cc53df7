package io.factwire.processor.events;

import java.util.List;

/**
 * The index's answer for one article: the event it now belongs to (after the article joined it).
 *
 * @param articleId the article
 * @param event     its event, updated with the article (and with the articles of the events it absorbed)
 * @param created   true when the article founded the event
 * @param absorbed  ids of open events found to be this same event and merged into it: they no longer exist
 */
public record Assignment(String articleId, EventState event, boolean created, List<String> absorbed) {

    public Assignment {
        absorbed = List.copyOf(absorbed);
    }
}
