package io.factwire.stack;

/** The Kafka half of a {@link LocalStack}: one in-process cluster, whichever way it was started. */
interface KafkaCluster extends AutoCloseable {

    String bootstrapServers();

    int brokerCount();

    /** Stops broker {@code index} (0-based) and returns once it has shut down. */
    void stopBroker(int index);

    /** Starts broker {@code index} again (same port, same data) and returns once the cluster sees it. */
    void startBroker(int index);

    @Override
    void close();
}
