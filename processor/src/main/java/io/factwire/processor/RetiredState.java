package io.factwire.processor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * State of an older factwire topology that this one no longer reads. A processor started over it would begin
 * with those stores empty while the rest of its state and its input offsets go on, silently: the dedup index
 * empty means every earlier article is unseen, so copies of them count as independent sources. Each time the
 * topology drops or replaces a logged store, its name goes here, and a processor that finds one of these
 * changelogs (or one of its retired hops) under its application id refuses to start until the application's state is
 * reset.
 */
final class RetiredState {

    /** Changelog-backed stores of earlier topologies. */
    private static final List<String> STORES = List.of(
            "dedup-index",     // replaced by dedup-entries (the index held in memory, one record per article)
            "events-blocks",   // the five-hop topology's event sequencer and its stores
            "events-clock",
            "events-index",    // replaced by events-state (blocking lists of handles, one record per feature)
            "events-expiry",
            "events-open",
            "events-pending");

    /**
     * Repartition topics of earlier topologies: records waiting on them would never be read. The decision's one hop
     * for all source partitions, replaced by one hop per source partition (dedup-sequence-N).
     */
    private static final List<String> HOPS = List.of("dedup-sequence");

    private RetiredState() {}

    /** The internal topics of retired stores and hops among {@code topics}, for this application id. */
    static Set<String> among(Set<String> topics, String applicationId) {
        Set<String> found = new TreeSet<>();
        for (String store : STORES) {
            String changelog = applicationId + "-" + store + "-changelog";
            if (topics.contains(changelog)) found.add(changelog);
        }
        for (String hop : HOPS) {
            String repartition = applicationId + "-" + hop + "-repartition";
            if (topics.contains(repartition)) found.add(repartition);
        }
        return found;
    }

    static String refusal(Set<String> changelogs, String applicationId) {
        return "application id " + applicationId + " has state of an older factwire topology (" + String.join(", ", changelogs)
                + "): this version would start with those stores empty and count earlier articles' copies again, and"
                + " would not read what waits on those hops. "
                + "Start afresh: ./factwire demo --fresh for the demo; for a processor, stop every instance, run "
                + "kafka-streams-application-reset --application-id " + applicationId + " --input-topics articles, delete"
                + " its state directory and the topics named here, or choose a new application.id";
    }
}
