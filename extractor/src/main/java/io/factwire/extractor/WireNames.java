package io.factwire.extractor;

import java.util.Locale;

/** The one mapping between the claim enums and their lowercase wire names (killed, at_least, security_forces). */
final class WireNames {
    private WireNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " name given");
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }
}
