package io.factwire.extractor;

/** Who the counted people are, from the noun the article uses for them. */
public enum VictimGroup {
    SECURITY_FORCES, CIVILIANS, PROTESTERS, MILITANTS, UNSPECIFIED;

    /** The lowercase name used in JSON and in the gold files. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static VictimGroup fromWire(String name) {
        return WireNames.parse(VictimGroup.class, name);
    }
}
