package io.factwire.processor.facts;

import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.TimelinePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a fact's running state moves on when its figures are recomputed: a new version only when something a reader
 * sees changed, and a bounded history of the figures (oldest first) so a client can draw how a toll rose.
 */
public final class FactEvolution {

    public static final int DEFAULT_HISTORY_LIMIT = 20;

    private final int historyLimit;

    public FactEvolution(int historyLimit) {
        if (historyLimit < 1) throw new IllegalArgumentException("historyLimit must be at least 1, was " + historyLimit);
        this.historyLimit = historyLimit;
    }

    /**
     * The state after {@code figures} replaced {@code previous} (null for a new fact) at event time {@code at}, or
     * empty when the figures, qualifier, sources, origins and claims are all unchanged.
     */
    public Optional<FactState> next(FactKey key, FactState previous, FactFigures figures, Instant at) {
        return next(key, previous, figures, List.of(), at);
    }

    /** As above, with the fact's timeline by publication time (a change of it alone is a change too). */
    public Optional<FactState> next(FactKey key, FactState previous, FactFigures figures, List<TimelinePoint> timeline,
                                    Instant at) {
        if (figures.sameAs(previous) && previous.getTimeline().equals(timeline)) return Optional.empty();
        List<FactPoint> history = previous == null ? List.of() : previous.getHistory();
        FactPoint last = history.isEmpty() ? null : history.getLast();
        if (last == null || last.getLow() != figures.low() || last.getBest() != figures.best()
                || last.getHigh() != figures.high()) {
            history = bounded(history, new FactPoint(at, figures.low(), figures.best(), figures.high()));
        }
        return Optional.of(FactState.newBuilder()
                .setKey(key.toString())
                .setEvent(key.event())
                .setOutcome(key.outcome())
                .setGroup(key.group())
                .setLow(figures.low())
                .setBest(figures.best())
                .setHigh(figures.high())
                .setQualifier(figures.qualifier())
                .setSources(figures.sources())
                .setOrigins(figures.origins().size())
                .setClaims(figures.claims())
                .setVersion(previous == null ? 1 : previous.getVersion() + 1)
                .setUpdated(at)
                .setHistory(new ArrayList<>(history))
                .setTimeline(new ArrayList<>(timeline))
                .setContested(figures.contested())
                .setCompeting(new ArrayList<>(figures.competing()))
                .build());
    }

    /** The last word on a fact whose every claim was withdrawn: no figures, no sources, a new version. */
    public FactState removed(FactState previous, Instant at) {
        return FactState.newBuilder(previous)
                .setLow(0).setBest(0).setHigh(0)
                .setSources(0).setOrigins(0).setClaims(List.of())
                .setContested(false).setCompeting(List.of())
                .setVersion(previous.getVersion() + 1)
                .setUpdated(at)
                .setHistory(bounded(previous.getHistory(), new FactPoint(at, 0L, 0L, 0L)))
                .build();
    }

    private List<FactPoint> bounded(List<FactPoint> history, FactPoint latest) {
        List<FactPoint> points = new ArrayList<>(history);
        points.add(latest);
        return new ArrayList<>(points.subList(Math.max(0, points.size() - historyLimit), points.size()));
    }
}
