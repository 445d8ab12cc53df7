package io.factwire.processor.serving.lag;

import io.factwire.schemas.Durations;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factwire lag}: how far a consumer group (the processor's by default) is behind, in records and seconds. */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Shows the lag of a consumer group on every partition it has committed offsets on:",
                "records (log end minus committed offset, as kafka-consumer-groups --describe) and seconds",
                "(age of the oldest record not processed yet; 0 when caught up)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the lag was shown", "1:the group has no committed offsets",
                "2:Kafka could not be asked (unreachable, timeout)"})
public final class LagCommand implements Callable<Integer> {

    public static final String DEFAULT_GROUP = "factwire-processor";
    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the running local stack's, else " + DEFAULT_BOOTSTRAP + ").")
    String bootstrap;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = DEFAULT_GROUP,
            description = "Consumer group: the processor's application id (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = Durations.Converter.class,
            description = "How long to wait for Kafka (e.g. 500ms, 30s; default ${DEFAULT-VALUE}).")
    Duration timeout;

    private String defaultBootstrap = DEFAULT_BOOTSTRAP;

    /** The endpoints to use when {@code --bootstrap} is not given (the app passes a running local stack's). */
    public LagCommand withDefaults(String bootstrap, String registry) {
        this.defaultBootstrap = bootstrap;
        return this;
    }

    @Override
    public Integer call() throws InterruptedException {
        String servers = bootstrap != null ? bootstrap : defaultBootstrap;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis))) {
            LagReport report = new ConsumerGroupLag(admin, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                    Clock.systemUTC()).compute(group, timeout);
            out.print(json ? report.toJson().toPrettyString() + System.lineSeparator() : report.toTable());
            out.flush();
            return 0;
        } catch (ConsumerGroupLag.NoSuchGroupException e) {
            err.println("factwire lag: " + e.getMessage() + " on " + servers);
            return 1;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            Throwable cause = e.getCause() != null && !(e instanceof TimeoutException) ? e.getCause() : e;
            err.println("factwire lag: cannot read the offsets of group '" + group + "' from " + servers + " within "
                    + timeout + ": " + cause);
            return 2;
        }
    }
}
