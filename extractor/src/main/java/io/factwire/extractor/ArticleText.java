package io.factwire.extractor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as the extractor sees it. Claim offsets index into {@link #fullText()}, because the title is part
 * of the article (a headline such as "Quake kills 10" is a claim like any other).
 *
 * @param id        the article's id (file name without extension, or the JSONL {@code id})
 * @param title     the headline, or {@code null} when the source has none
 * @param body      the text; never {@code null} (an empty body is allowed)
 * @param published the publication date, or {@code null} when unknown; used to tell earlier events from this one
 */
public record ArticleText(String id, String title, String body, LocalDate published) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        body = body == null ? "" : body;
        title = title == null || title.isBlank() ? null : title;
    }

    /** The title, a blank line and the body when there is a title; else the body. */
    public String fullText() {
        return title == null ? body : title + "\n\n" + body;
    }
}
