package io.factwire.extractor;

/** How the stated count relates to the true one (CLAIMS.md "Qualifiers"). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, RANGE;

    /** The lowercase name used in JSON and in the gold files. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static Qualifier fromWire(String name) {
        return WireNames.parse(Qualifier.class, name);
    }
}
