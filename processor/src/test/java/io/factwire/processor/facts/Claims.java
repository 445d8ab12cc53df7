package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import java.time.Instant;

/** Test claims: one fluent builder with sensible defaults (event e1, killed, security forces, exact). */
final class Claims {

    private Claims() {}

    static Claim.Builder claim(String article, long count, Qualifier qualifier) {
        return Claim.newBuilder()
                .setArticle(article)
                .setEvent("e1")
                .setOutlet("outlet-" + article)
                .setPublished(Instant.parse("2024-03-01T10:00:00Z"))
                .setOutcome(Outcome.killed)
                .setCount(count)
                .setQualifier(qualifier)
                .setHigh(null)
                .setVague(false)
                .setGroup(VictimGroup.security_forces)
                .setAttribution(null)
                .setLocation(null)
                .setBackground(false)
                .setText(article + " says " + qualifier + " " + count + " were killed.")
                .setStart(0)
                .setEnd(40);
    }
}
