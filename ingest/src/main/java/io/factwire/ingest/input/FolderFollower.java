package io.factwire.ingest.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Watches a folder (and the folders created in it) and hands out each article file once it has settled: not
 * modified for the settle delay, so that a file still being written is not read half-way. Files already there
 * come first, in the sorted order a folder read uses; new files follow in the order they settle.
 *
 * <p>Each file is handed out once; rewriting it later does not hand it out again. {@link #close()} (from any
 * thread, e.g. a shutdown hook) ends the stream.
 */
public final class FolderFollower implements Closeable {

    /** Upper bound on how long a settled file can wait for the next check, even without any watch event. */
    private static final long MAX_POLL_MILLIS = 200;

    private final Path folder;
    private final Duration settle;
    private final Clock clock;
    private final WatchService watcher;
    /** Files seen but not yet handed out, in the order they were first seen. */
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Set<Path> handedOut = new HashSet<>();
    private volatile boolean closed;

    public FolderFollower(Path folder, Duration settle) throws IOException {
        this(folder, settle, Clock.systemUTC());
    }

    FolderFollower(Path folder, Duration settle, Clock clock) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder, cannot follow it");
        }
        this.folder = folder;
        this.settle = settle;
        this.clock = clock;
        this.watcher = folder.getFileSystem().newWatchService();
        // Register before listing: a file created in between is then both listed and reported, never neither.
        watchTree(folder);
        pending.addAll(ArticleReader.filesUnder(folder));
    }

    /** The next settled file, waiting as long as it takes; null once the follower is closed. */
    public Path next() throws IOException, InterruptedException {
        while (!closed) {
            Path settled = firstSettled();
            if (settled != null) {
                pending.remove(settled);
                handedOut.add(settled);
                return settled;
            }
            WatchKey key;
            try {
                key = watcher.poll(pollMillis(), TimeUnit.MILLISECONDS);
            } catch (ClosedWatchServiceException e) {
                return null;
            }
            if (key != null) {
                collect(key);
            }
        }
        return null;
    }

    /** The settled files as a lazy stream that ends when the follower is closed. */
    public Stream<Path> files() {
        Iterator<Path> iterator = new Iterator<>() {
            private Path next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = FolderFollower.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException("following " + folder, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return next != null;
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path file = next;
                next = null;
                return file;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        watcher.close();
    }

    private Path firstSettled() throws IOException {
        long now = clock.millis();
        for (Iterator<Path> files = pending.iterator(); files.hasNext(); ) {
            Path file = files.next();
            try {
                if (now - Files.getLastModifiedTime(file).toMillis() >= settle.toMillis()) {
                    return file;
                }
            } catch (NoSuchFileException gone) {
                files.remove(); // deleted (or renamed away) before it settled: there is nothing left to read
            }
        }
        return null;
    }

    private long pollMillis() {
        return pending.isEmpty() ? MAX_POLL_MILLIS : Math.max(1, Math.min(MAX_POLL_MILLIS, settle.toMillis()));
    }

    private void collect(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                rescan();
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (Files.isDirectory(path)) {
                watchTree(path);
                ArticleReader.filesUnder(path).forEach(this::offer);
            } else {
                offer(path);
            }
        }
        key.reset();
    }

    /** Events were lost: look at every file again; the handed-out set keeps this from repeating any. */
    private void rescan() throws IOException {
        watchTree(folder);
        ArticleReader.filesUnder(folder).forEach(this::offer);
    }

    private void offer(Path file) {
        if (!handedOut.contains(file) && ArticleReader.isArticleFile(folder, file) && !Files.isDirectory(file)) {
            pending.add(file);
        }
    }

    private void watchTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            Iterable<Path> visible = dirs
                    .filter(dir -> Files.isDirectory(dir) && ArticleReader.isArticleFile(folder, dir))::iterator;
            for (Path dir : visible) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
