package io.factwire.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A class data sharing archive of the registry's classes, kept beside the unpacked app: with it the registry is
 * ready in roughly half the time. The first registry that finds none dumps one when it exits (which makes that one
 * stop slower); only one dumps at a time, and a dump is published only after a clean exit, because a JVM killed
 * mid-dump leaves a partial file.
 */
final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    // A dump abandoned by a killed JVM must not block every later one.
    private static final Duration STALE_LOCK = Duration.ofMinutes(10);

    private final Path archive;
    private final Path partial;
    private final Path lock;
    private boolean dumping;

    private ClassDataArchive(Path dir) {
        // An archive only works for the JDK build that wrote it.
        String jdk = Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_");
        this.archive = dir.resolve("factwire-cds-" + jdk + ".jsa");
        this.partial = dir.resolve(archive.getFileName() + ".partial");
        this.lock = dir.resolve(archive.getFileName() + ".lock");
    }

    static ClassDataArchive in(Path dir) {
        return new ClassDataArchive(dir);
    }

    /** The JVM options that use the archive, or dump it at exit, or nothing when another registry is dumping. */
    List<String> jvmOptions() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        dumping = tryLock();
        return dumping ? List.of("-XX:ArchiveClassesAtExit=" + partial) : List.of();
    }

    /** Whether this registry dumps the archive at exit, and so needs more time to stop. */
    boolean dumping() {
        return dumping;
    }

    /** Publishes the dump if the registry stopped cleanly, and releases the lock either way. */
    void registryStopped(boolean cleanly) {
        if (!dumping) {
            return;
        }
        try {
            if (cleanly && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                LOG.info("registry: wrote a class data archive ({}), later starts are faster", archive);
            } else {
                // E.g. Ctrl-C reached the registry too and it exited before dumping: the next start tries again.
                if (cleanly) LOG.info("registry: stopped without writing its class data archive; a later start writes one");
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            LOG.warn("registry: no class data archive written to {}: {}", archive, e.toString());
        } finally {
            deleteQuietly(lock);
            dumping = false;
        }
    }

    private boolean tryLock() {
        try {
            Files.createFile(lock);
            return true;
        } catch (FileAlreadyExistsException e) {
            return takeOverStaleLock();
        } catch (IOException e) {
            // A read-only app directory: run without an archive.
            return false;
        }
    }

    private boolean takeOverStaleLock() {
        try {
            FileTime created = Files.getLastModifiedTime(lock);
            if (created.toInstant().isBefore(Instant.now().minus(STALE_LOCK))) {
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
                return true;
            }
        } catch (IOException e) {
            // Gone meanwhile or unreadable: let the other registry have it.
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("registry: cannot delete {}: {}", file, e.toString());
        }
    }
}
