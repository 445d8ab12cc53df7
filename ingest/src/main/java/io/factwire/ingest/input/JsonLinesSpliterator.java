package io.factwire.ingest.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The articles of one JSON Lines input, parsed lazily line by line. Blank lines are skipped; every other
 * line becomes an article or a rejection at its own line number, and reading goes on after a bad line.
 */
final class JsonLinesSpliterator extends Spliterators.AbstractSpliterator<ParsedArticle> {

    private final String path;
    private final Utf8LineReader lines;
    private final JsonLineParser parser;
    private final RejectSink rejects;
    private boolean sawRecord;
    private boolean finished;

    JsonLinesSpliterator(String path, Utf8LineReader lines, JsonLineParser parser, RejectSink rejects) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.path = path;
        this.lines = lines;
        this.parser = parser;
        this.rejects = rejects;
    }

    @Override
    public boolean tryAdvance(Consumer<? super ParsedArticle> action) {
        while (!finished) {
            Utf8LineReader.Line line = nextLine();
            if (line == null) {
                finished = true;
                if (!sawRecord) {
                    rejects.reject(new Rejection(new SourcePosition(path, 1), RejectReason.EMPTY_FILE,
                            RejectReason.EMPTY_FILE.label() + ": no JSON Lines records"));
                }
                return false;
            }
            if (line.problem() == null && line.text().isBlank()) {
                continue;
            }
            sawRecord = true;
            SourcePosition position = new SourcePosition(path, line.number());
            try {
                if (line.problem() != null) {
                    throw line.problem();
                }
                action.accept(parser.parse(position, line.text()));
                return true;
            } catch (InputRejected rejected) {
                rejects.reject(rejected.at(position));
            }
        }
        return false;
    }

    private Utf8LineReader.Line nextLine() {
        try {
            return lines.next();
        } catch (IOException e) {
            finished = true;
            sawRecord = true; // the read error is the report; do not add "empty file" on top of it
            rejects.reject(new Rejection(new SourcePosition(path, lines.linesRead() + 1), RejectReason.UNREADABLE,
                    RejectReason.UNREADABLE.label() + ": " + e.getMessage()));
            return null;
        }
    }

    void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + path, e);
        }
    }
}
