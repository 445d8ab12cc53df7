package io.factwire.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.1+ refuses to load a class named by a schema unless it is trusted, and reading a generated record
 * looks up its class (and those of its nested records and enums) by the schema's full name. This trusts the
 * package the Avro plugin generates factwire's classes into, and nothing else, on top of whatever the
 * application already trusts (system properties {@code org.apache.avro.SERIALIZABLE_PACKAGES} etc.).
 */
public final class GeneratedClassTrust {
    public static final String GENERATED_PACKAGE = "io.factwire.avro";

    static {
        ClassSecurityValidator.ClassSecurityPredicate generated = type -> GENERATED_PACKAGE.equals(type.getPackageName());
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), generated));
    }

    private GeneratedClassTrust() {}

    /** Installs the trust (once per JVM: the class initializer does it); the serdes call this before any Avro use. */
    public static void ensureInstalled() {
        // the static initializer above has run by the time this returns
    }
}
