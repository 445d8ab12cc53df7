package io.factwire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aCleanStopPublishesTheDumpAndLaterStartsUseIt() throws Exception {
        ClassDataArchive first = ClassDataArchive.in(dir);
        Path partial = Path.of(single(first.jvmOptions()).replace("-XX:ArchiveClassesAtExit=", ""));
        Files.write(partial, new byte[] {1, 2, 3});
        first.registryStopped(true);
        assertThat(single(ClassDataArchive.in(dir).jvmOptions())).startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void aRegistryThatExitedWithoutDumpingLeavesTheNextStartToDumpOne() {
        ClassDataArchive first = ClassDataArchive.in(dir);
        assertThat(single(first.jvmOptions())).startsWith("-XX:ArchiveClassesAtExit=");
        first.registryStopped(true);
        ClassDataArchive next = ClassDataArchive.in(dir);
        assertThat(single(next.jvmOptions())).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(next.dumping()).isTrue();
    }

    private static String single(List<String> options) {
        assertThat(options).hasSize(1);
        return options.getFirst();
    }
}
