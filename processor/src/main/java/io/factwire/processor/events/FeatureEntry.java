package io.factwire.processor.events;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Arrays;

/**
 * What the index keeps under one feature: how many open events have it in their centroid (its rarity, see
 * {@link FeatureWeights}) and the blocking list, the open events most recently listed under it, newest first, as
 * {@linkplain #handle handles}.
 *
 * <p>One record for both, and handles instead of event ids: a founded event is listed under every feature of its
 * centroid (up to {@value EventIndex#CENTROID_SIZE}), so the list records are the bulk of what the decision writes per
 * article. A list of 64 handles is 512 bytes; as ids (a slug of up to 48 characters and a hash) it was some 3 KB,
 * and written beside a count record of its own.
 *
 * @param eventsWith open events with the feature in their centroid; may exceed the list, which is bounded
 * @param listed     handles of the events listed under the feature, most recently listed first
 */
record FeatureEntry(int eventsWith, long[] listed) {

    static final FeatureEntry NONE = new FeatureEntry(0, new long[0]);

    /**
     * The 64-bit handle of an event id. Two open events with one handle would need some four billion open events to
     * be likely (birthday bound); {@link EventStore#event(String)} checks the id, so such a pair would be
     * told apart by id where it matters (founding an event) and share a list slot otherwise.
     */
    static long handle(String eventId) {
        return Hashing.xxh3_64().hashCharsToLong(eventId);
    }

    boolean isEmpty() {
        return eventsWith == 0 && listed.length == 0;
    }

    /** One more event with the feature, listed first; a full list forgets the event listed longest ago. */
    FeatureEntry withNewest(long handle, int maxListed) {
        long[] updated = new long[Math.min(listed.length + 1, maxListed)];
        updated[0] = handle;
        System.arraycopy(listed, 0, updated, 1, updated.length - 1);
        return new FeatureEntry(eventsWith + 1, updated);
    }

    /** One event fewer with the feature, and that event off the list if it is on it. */
    FeatureEntry without(long handle) {
        long[] kept = Arrays.stream(listed).filter(listedHandle -> listedHandle != handle).toArray();
        return new FeatureEntry(Math.max(0, eventsWith - 1), kept);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureEntry entry && eventsWith == entry.eventsWith && Arrays.equals(listed, entry.listed);
    }

    @Override
    public int hashCode() {
        return 31 * eventsWith + Arrays.hashCode(listed);
    }

    @Override
    public String toString() {
        return "FeatureEntry[eventsWith=" + eventsWith + ", listed=" + Arrays.toString(listed) + "]";
    }
}
