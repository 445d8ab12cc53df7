package io.factwire.app;

import io.factwire.ingest.IngestCommand;
import io.factwire.stack.StackEndpoints;
import java.util.List;
import picocli.CommandLine;

/** The demo publishes its input exactly as {@code ./factwire ingest} would: same reader, checks and summary. */
final class DemoInput {

    /** ingest's exit status when some articles could not be sent (1 only means some input was rejected). */
    private static final int NOT_SENT = 2;

    private DemoInput() {
    }

    static void publish(List<String> paths, StackEndpoints endpoints) {
        System.err.println("demo: publishing " + String.join(" ", paths));
        int status = new CommandLine(new IngestCommand().withDefaults(endpoints.bootstrapServers(), endpoints.registryUrl()))
                .execute(paths.toArray(String[]::new));
        if (status >= NOT_SENT) {
            throw new IllegalStateException("publishing the demo input failed (ingest exit status " + status + ", see above)");
        }
        if (status != 0) {
            System.err.println("demo: some input was rejected (reported above); going on with the rest");
        }
    }
}
