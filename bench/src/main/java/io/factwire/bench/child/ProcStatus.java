package io.factwire.bench.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux's view of this process's memory (/proc/self/status). */
final class ProcStatus {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcStatus() {
    }

    /** The resident set's high-water mark (VmHWM), or -1 where /proc is not there. */
    static long peakRssBytes() {
        long kilobytes = kilobytesField("VmHWM:");
        return kilobytes < 0 ? -1 : kilobytes * 1024;
    }

    private static long kilobytesField(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or a format we do not know: no figure rather than a wrong one
        }
        return -1;
    }
}
