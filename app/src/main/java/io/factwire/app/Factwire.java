package io.factwire.app;

import io.factwire.app.chaos.ChaosCommand;
import io.factwire.bench.BenchCommand;
import io.factwire.ingest.IngestCommand;
import io.factwire.processor.ProcessCommand;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.serving.lag.LagCommand;
import io.factwire.stack.StackEndpoints;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The factwire command line: one entry point, one subcommand per job. Subcommands that talk to Kafka default to
 * the stack a running {@code ./factwire stack} or {@code demo} advertises in {@code .factwire/endpoints.json}.
 */
@Command(name = "factwire", mixinStandardHelpOptions = true, version = "factwire 0.1.0",
        description = "Turns a stream of news articles into live, sourced casualty figures.",
        footer = {"", "Set-up: ./factwire demo (the whole pipeline on a real local stack), ./factwire test (the test suite)."})
public final class Factwire implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        StackEndpoints running = FactwireHome.runningStack().orElse(null);
        String bootstrap = running == null ? null : running.bootstrapServers();
        String registry = running == null ? null : running.registryUrl();
        return new CommandLine(new Factwire())
                .addSubcommand(new DemoCommand())
                .addSubcommand(new StackCommand())
                .addSubcommand(new IngestCommand().withDefaults(bootstrap, registry))
                .addSubcommand(new ProcessCommand().withDefaults(
                        bootstrap == null ? ProcessorConfig.DEFAULT_BOOTSTRAP : bootstrap, registry == null ? ProcessorConfig.DEFAULT_REGISTRY : registry))
                .addSubcommand(new ExtractCommand())
                .addSubcommand(running == null ? new LagCommand() : new LagCommand().withDefaults(bootstrap, registry))
                .addSubcommand(new BenchCommand())
                .addSubcommand(new ChaosCommand())
                .addSubcommand("test", new TestCommand())
                .addSubcommand(new CommandLine.HelpCommand());
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Only listed here: the launcher runs the suite itself (Maven), before any JVM of ours starts. */
    @Command(name = "test", description = "Runs the whole test suite (unit tests, then integration tests on a real local stack).")
    static final class TestCommand implements Runnable {
        @Override
        public void run() {
            System.err.println("run ./factwire test from the project root (the launcher runs Maven)");
        }
    }
}
