package io.factwire.processor.facts;

import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import java.util.Objects;

/**
 * What a fact is about: one outcome of one group of people in one event. Its text form {@code event/outcome/group}
 * keys the claims, facts and fact-updates topics.
 */
public record FactKey(String event, Outcome outcome, VictimGroup group) {

    public FactKey {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(group, "group");
    }

    /** The per-event total of an outcome over every group. */
    public static FactKey total(String event, Outcome outcome) {
        return new FactKey(event, outcome, VictimGroup.all);
    }

    public boolean isTotal() {
        return group == VictimGroup.all;
    }

    /** {@code event/outcome/group}: enums under their Avro (lowercase) symbols. */
    @Override
    public String toString() {
        return event + "/" + outcome.name() + "/" + group.name();
    }
}
