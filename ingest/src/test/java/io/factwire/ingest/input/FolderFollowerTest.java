package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settling is driven by the files' modification times, set explicitly here, so the outcome does not depend on
 * how fast the machine is; the generous timeouts only bound a failing test.
 */
class FolderFollowerTest {

    private static final Duration SETTLE = Duration.ofMinutes(10);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void filesAlreadyThereComeFirstInSortedOrderThenNewOnesAsTheySettle() throws Exception {
        settled(Inputs.write(dir.resolve("b.txt"), "B."));
        settled(Inputs.write(dir.resolve("a.txt"), "A."));
        try (FolderFollower follower = new FolderFollower(dir, SETTLE)) {
            assertThat(follower.next()).isEqualTo(dir.resolve("a.txt"));
            assertThat(follower.next()).isEqualTo(dir.resolve("b.txt"));

            Future<Path> next = background.submit(follower::next);
            Path fresh = Inputs.write(dir.resolve("sub/c.txt"), "still being written");
            settled(Inputs.write(dir.resolve(".c.txt.part"), "a download in progress, hidden: never handed out"));
            Thread.sleep(300); // a few polls: the fresh file must not be handed out yet
            assertThat(next.isDone()).as("a file modified just now is not settled").isFalse();

            settled(fresh);
            assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo(fresh);
        }
    }

    @Test
    void aFileIsHandedOutOnceEvenWhenRewritten() throws Exception {
        Path file = settled(Inputs.write(dir.resolve("once.txt"), "First."));
        try (FolderFollower follower = new FolderFollower(dir, SETTLE)) {
            assertThat(follower.next()).isEqualTo(file);
            Future<Path> next = background.submit(follower::next);

            settled(Inputs.write(file, "Second."));
            Path other = settled(Inputs.write(dir.resolve("other.txt"), "Other."));

            assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo(other);
        }
    }

    @Test
    void closingEndsTheStream() throws Exception {
        settled(Inputs.write(dir.resolve("only.txt"), "Only."));
        FolderFollower follower = new FolderFollower(dir, SETTLE);
        Future<Long> count = background.submit(() -> follower.files().count());

        Thread.sleep(300);
        follower.close();

        assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    private static Path settled(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }
}
