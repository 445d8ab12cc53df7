package io.factwire.processor.events;

/**
 * Keys of the expiry queue: the expiry time, zero-padded so that byte order (RocksDB's) is time order, then the
 * event id. Times before 1970 are clamped to 0: Kafka has no negative timestamps anyway.
 */
final class ExpiryKeys {

    private static final String TIME = "%019d";

    private ExpiryKeys() {}

    static String of(long at, String eventId) {
        return String.format(TIME, Math.max(0, at)) + "/" + eventId;
    }

    /** An exclusive upper bound: sorts after every key due at or before {@code now} and before all later ones. */
    static String upTo(long now) {
        return String.format(TIME, Math.max(0, Math.min(now, Long.MAX_VALUE - 1)) + 1);
    }
}
