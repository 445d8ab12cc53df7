package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;

/** A count tied to an outcome in one sentence, before article-level context (groups, sources) is applied. */
record Finding(Outcome outcome, Count count, Trigger trigger) {
}
