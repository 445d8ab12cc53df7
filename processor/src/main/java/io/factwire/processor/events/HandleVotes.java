package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Votes for candidate events: each blocking list an event is on counts one for its handle. Handles are kept in the
 * order first met, in primitive arrays with an open-addressing table: an article's probes name up to some 800
 * handles, and a boxed map of them was a noticeable part of the decision's time.
 */
final class HandleVotes {

    private final long[] handles;
    private final int[] votes;
    /** Index + 1 into {@link #handles} of the handle hashed to each slot; 0 for a free slot. */
    private final int[] slots;
    private final int mask;
    private int size;

    /** @param capacity the most distinct handles that will be added */
    HandleVotes(int capacity) {
        this.handles = new long[capacity];
        this.votes = new int[capacity];
        // A power of two at least twice the capacity: probes stay short.
        this.slots = new int[Integer.highestOneBit(Math.max(1, capacity) * 2 - 1) << 1];
        this.mask = slots.length - 1;
    }

    void add(long handle) {
        int slot = (int) (handle ^ (handle >>> 32)) & mask;
        while (slots[slot] != 0) {
            int index = slots[slot] - 1;
            if (handles[index] == handle) {
                votes[index]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        handles[size] = handle;
        votes[size] = 1;
        slots[slot] = ++size;
    }

    /** At most {@code limit} handles, most votes first, ties in the order first met. */
    List<Long> mostVoted(int limit) {
        int most = 0;
        for (int i = 0; i < size; i++) most = Math.max(most, votes[i]);
        List<Long> chosen = new ArrayList<>(Math.min(limit, size));
        for (int wanted = most; wanted > 0 && chosen.size() < limit; wanted--) {
            for (int i = 0; i < size && chosen.size() < limit; i++) {
                if (votes[i] == wanted) chosen.add(handles[i]);
            }
        }
        return chosen;
    }
}
