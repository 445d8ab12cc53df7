package io.factwire.processor.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Picks the event an article reports, among the candidate events its blocking keys found. */
public final class EventMatcher {
    private final EventConfig config;

    public EventMatcher(EventConfig config) {
        this.config = config;
    }

    public record Scored(EventState event, double similarity) {}

    public Optional<Scored> best(EventFeatures article, long time, Collection<EventState> candidates) {
        long window = config.window().toMillis();
        return candidates.stream()
                .filter(event -> time >= event.firstSeen() - window && time <= event.lastSeen() + window)
                .map(event -> new Scored(event, article.terms().cosine(event.centroid())))
                .filter(scored -> scored.similarity() >= config.similarity())
                .max(Comparator.comparingDouble(Scored::similarity)
                        .thenComparing(scored -> scored.event().id(), Comparator.reverseOrder()));
    }
}
