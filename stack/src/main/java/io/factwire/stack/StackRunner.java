package io.factwire.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs a {@link LocalStack} in the foreground until Ctrl-C (or an interrupt): what {@code ./factwire stack} does. */
public final class StackRunner {

    private StackRunner() {
    }

    /**
     * Starts the stack, prints where it listens, writes {@code endpointsFile} ({@link StackEndpoints#toJson()}) and
     * blocks. Ctrl-C (the JVM's shutdown) or an interrupt of the calling thread removes the file and stops the stack.
     */
    public static void runForeground(StackOptions options, Path endpointsFile) throws IOException {
        PrintStream out = System.out;
        LocalStack stack = LocalStack.start(options);
        // Runs at most once whichever comes first: the shutdown hook (Ctrl-C) or the interrupted caller.
        Runnable stop = () -> {
            try {
                Files.deleteIfExists(endpointsFile);
            } catch (IOException e) {
                System.err.println("stack: cannot remove " + endpointsFile + ": " + e.getMessage());
            }
            stack.close();
        };
        Thread hook = new Thread(stop, "factwire-stack-runner-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.endpoints().writeJson(endpointsFile);
            out.println("kafka:     " + stack.endpoints().bootstrapServers());
            out.println("registry:  " + stack.endpoints().registryUrl());
            out.println("endpoints: " + endpointsFile.toAbsolutePath());
            out.println("Ctrl-C stops the stack.");
            out.flush();
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            } catch (IllegalStateException jvmShuttingDown) {
                // The hook is running or about to: it removes the file and stops the stack.
            }
        }
    }

    /** {@code StackRunner [DATA_DIR [ENDPOINTS_FILE]]}: a 1-broker stack, kept in DATA_DIR when given. */
    public static void main(String[] args) throws IOException {
        StackOptions.Builder options = StackOptions.builder();
        if (args.length > 0) {
            options.dataDir(Path.of(args[0]));
        }
        Path endpointsFile = args.length > 1 ? Path.of(args[1]) : Path.of(".factwire", "endpoints.json");
        runForeground(options.build(), endpointsFile);
    }
}
