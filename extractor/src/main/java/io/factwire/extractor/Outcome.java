package io.factwire.extractor;

/** What happened to the people a claim counts (CLAIMS.md "Outcomes"). */
public enum Outcome {
    KILLED, INJURED, MISSING, ARRESTED, KIDNAPPED;

    /** The lowercase name used in JSON and in the gold files. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static Outcome fromWire(String name) {
        return WireNames.parse(Outcome.class, name);
    }
}
