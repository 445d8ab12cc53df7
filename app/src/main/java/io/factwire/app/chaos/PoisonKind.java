package io.factwire.app.chaos;

/** The kinds of bad record the fault suite writes to {@code articles}, and what must become of each. */
enum PoisonKind {
    UNDECODABLE("bytes that are not Avro", Outcome.DEAD_LETTER),
    UNKNOWN_SCHEMA_ID("a schema id the registry does not know", Outcome.DEAD_LETTER),
    NULL_KEY("a valid article with a null key", Outcome.DEAD_LETTER),
    NULL_VALUE("a null value", Outcome.DEAD_LETTER),
    EMPTY_BODY("an empty body and no title", Outcome.DEAD_LETTER),
    NON_UTF8("a body with bytes that are not UTF-8", Outcome.DEAD_LETTER),
    HTML_BODY("a raw HTML body", Outcome.DEAD_LETTER),
    OVERSIZED("a 1.5 MiB body: over the body limit, under the record limit", Outcome.DEAD_LETTER),
    OVER_BROKER_MAX("a 5 MiB record: over the topics' max.message.bytes", Outcome.REFUSED_BY_BROKER),
    DUPLICATE_ID("an earlier article's id again, with other text", Outcome.DUPLICATE),
    EXACT_COPY("an earlier article's text under a new id: must be a duplicate, never a second unique article",
            Outcome.DUPLICATE);

    /** Where a record must end up. */
    enum Outcome { UNIQUE_OR_DUPLICATE, DUPLICATE, DEAD_LETTER, REFUSED_BY_BROKER }

    private final String description;
    private final Outcome outcome;

    PoisonKind(String description, Outcome outcome) {
        this.description = description;
        this.outcome = outcome;
    }

    String description() {
        return description;
    }

    Outcome outcome() {
        return outcome;
    }
}
