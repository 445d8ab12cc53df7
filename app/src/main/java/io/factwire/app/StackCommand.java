package io.factwire.app;

import io.factwire.stack.StackOptions;
import io.factwire.stack.StackRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./factwire stack}: a real local Kafka broker and schema registry in the foreground, until Ctrl-C. */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Runs a real local Kafka broker and schema registry until Ctrl-C.",
                "Kafka runs in KRaft mode, the registry is Apicurio; prints the bootstrap servers and registry URL to use.",
                "While it runs, .factwire/endpoints.json lets ingest, process and lag find it."})
final class StackCommand implements Callable<Integer> {

    @Option(names = "--brokers", defaultValue = "1",
            description = "1 (a single node kept in the data dir) or 3 (three brokers and a controller, temporary). Default: ${DEFAULT-VALUE}.")
    int brokers;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the single broker and the registry keep their data (default: .factwire/stack). Ignored with --brokers 3.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = {"The broker's port (default: a free one). With the same --data-dir and --port, a stack stopped and "
                    + "started again is the same broker to its clients: a running processor reconnects. Needs --brokers 1."})
    int port;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "0",
            description = "The schema registry's HTTP port (default: a free one).")
    int registryPort;

    @Override
    public Integer call() throws Exception {
        if (brokers != 1 && brokers != 3) {
            System.err.println("stack: --brokers must be 1 or 3, not " + brokers);
            return 2;
        }
        if (brokers == 3 && port != 0) {
            System.err.println("stack: --port needs --brokers 1 (three brokers take free ports)");
            return 2;
        }
        StackOptions.Builder options = StackOptions.builder().brokers(brokers).kafkaPort(port).registryPort(registryPort);
        if (brokers == 1) {
            options.dataDir(dataDir != null ? dataDir : FactwireHome.stateDir().resolve("stack"));
        }
        StackRunner.runForeground(options.build(), FactwireHome.endpointsFile());
        return 0;
    }
}
