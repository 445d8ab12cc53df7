package io.factwire.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * One combined broker + controller of a static KRaft quorum (kraft.version 0: the voters are named in config, not in
 * the metadata log, so their controller ports must stay the same for the life of the data): its id and ports, every
 * voter's controller address and the cluster id its storage is formatted with.
 *
 * @param voters {@code controller.quorum.voters}: {@code id@host:port,...}
 */
record KraftNode(int nodeId, int brokerPort, int controllerPort, String voters, String clusterId) {

    private static final String HOST = "127.0.0.1";

    /** Nodes 1..n of one new cluster, node i on the i-th broker and controller port. */
    static List<KraftNode> quorum(List<Integer> brokerPorts, List<Integer> controllerPorts) {
        if (brokerPorts.size() != controllerPorts.size()) {
            throw new IllegalArgumentException("one controller port per broker port: " + brokerPorts + " " + controllerPorts);
        }
        String voters = IntStream.range(0, controllerPorts.size())
                .mapToObj(i -> (i + 1) + "@" + HOST + ":" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KraftNode> nodes = new ArrayList<>();
        for (int i = 0; i < brokerPorts.size(); i++) {
            nodes.add(new KraftNode(i + 1, brokerPorts.get(i), controllerPorts.get(i), voters, clusterId));
        }
        return List.copyOf(nodes);
    }

    int voterCount() {
        return voters.split(",").length;
    }

    String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    String controllerAddress() {
        return HOST + ":" + controllerPort;
    }

    /** The arguments {@link #fromArgs} reads back: how a broker JVM learns its place. */
    List<String> toArgs() {
        return List.of(String.valueOf(nodeId), String.valueOf(brokerPort), String.valueOf(controllerPort), voters, clusterId);
    }

    static KraftNode fromArgs(List<String> args) {
        if (args.size() != 5) {
            throw new IllegalArgumentException("expected NODE_ID BROKER_PORT CONTROLLER_PORT VOTERS CLUSTER_ID, got " + args);
        }
        return new KraftNode(Integer.parseInt(args.get(0)), Integer.parseInt(args.get(1)), Integer.parseInt(args.get(2)),
                args.get(3), args.get(4));
    }
}
