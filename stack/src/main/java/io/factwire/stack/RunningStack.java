package io.factwire.stack;

/**
 * A started Kafka + schema registry, whichever way it runs: {@link LocalStack} (in this JVM and a child JVM, no
 * Docker) or {@link TestcontainersStack} (Confluent's images on Docker). Clients need only {@link #endpoints()}.
 */
public interface RunningStack extends AutoCloseable {

    /** Where clients find the broker(s) and the Confluent-compatible registry. */
    StackEndpoints endpoints();

    /**
     * Stops broker {@code index} (0-based) of a multi-broker stack; its port and data stay for {@link #startBroker}.
     *
     * @throws UnsupportedOperationException where the stack cannot stop a broker and keep running
     */
    void stopBroker(int index);

    /** Starts broker {@code index} again and returns once the cluster has let it back in. */
    void startBroker(int index);

    /** Stops everything the stack started. Safe to call more than once. */
    @Override
    void close();
}
