package io.factwire.processor;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.message.InitProducerIdRequestData;
import org.apache.kafka.common.message.ProduceRequestData;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.record.internal.MemoryRecords;
import org.apache.kafka.common.record.internal.SimpleRecord;
import org.apache.kafka.common.requests.AbstractRequest;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.InitProducerIdRequest;
import org.apache.kafka.common.requests.InitProducerIdResponse;
import org.apache.kafka.common.requests.ProduceRequest;
import org.apache.kafka.common.requests.ProduceResponse;
import org.apache.kafka.common.requests.RequestHeader;

/**
 * A hanging transaction made on purpose, for tests: a transactional record batch sent straight to a partition
 * leader in the wire protocol, by a producer id that no transactional id owns, so no coordinator will ever end it.
 * Only a broker with {@code transaction.partition.verification.enable=false} takes it (Kafka 4 verifies with the
 * coordinator otherwise), which is what the broker restart in the chaos suite ends up doing by accident.
 */
final class OrphanTransaction {

    private final String host;
    private final int port;
    private int correlationId;

    /** @param leader {@code host:port} of the partition's leader */
    OrphanTransaction(String leader) {
        this.host = leader.substring(0, leader.lastIndexOf(':'));
        this.port = Integer.parseInt(leader.substring(leader.lastIndexOf(':') + 1));
    }

    /** Opens a transaction on {@code partition} with one record stamped {@code timestamp}; returns its producer id. */
    long open(TopicPartition partition, long timestamp) throws IOException, InterruptedException {
        InitProducerIdResponse init;
        long deadline = System.nanoTime() + 30_000_000_000L;
        do { // a fresh broker answers "coordinator loading" for a moment
            init = (InitProducerIdResponse) send(new InitProducerIdRequest.Builder(new InitProducerIdRequestData()
                    .setTransactionalId(null).setTransactionTimeoutMs(Integer.MAX_VALUE)), ApiKeys.INIT_PRODUCER_ID, (short) 4);
            if (init.error().exception() instanceof RetriableException) Thread.sleep(200);
        } while (init.error().exception() instanceof RetriableException && System.nanoTime() < deadline);
        if (init.error() != Errors.NONE) throw new IllegalStateException("InitProducerId: " + init.error());
        long producerId = init.data().producerId();
        MemoryRecords records = MemoryRecords.withTransactionalRecords(Compression.NONE, producerId, init.data().producerEpoch(), 0,
                new SimpleRecord(timestamp, "key".getBytes(), "value".getBytes()));
        ProduceRequestData data = new ProduceRequestData().setAcks((short) -1).setTimeoutMs(30_000)
                .setTransactionalId("orphan-" + producerId)
                .setTopicData(new ProduceRequestData.TopicProduceDataCollection(List.of(new ProduceRequestData.TopicProduceData()
                        .setName(partition.topic()).setPartitionData(List.of(new ProduceRequestData.PartitionProduceData()
                                .setIndex(partition.partition()).setRecords(records)))).iterator()));
        short version = ProduceRequest.LAST_STABLE_VERSION_BEFORE_TRANSACTION_V2;
        Errors error;
        do { // a new topic's leader may not be elected yet
            ProduceResponse produced = (ProduceResponse) send(new ProduceRequest.Builder(version, version, data), ApiKeys.PRODUCE, version);
            error = Errors.forCode(produced.data().responses().iterator().next().partitionResponses().get(0).errorCode());
            if (error.exception() instanceof RetriableException) Thread.sleep(200);
        } while (error.exception() instanceof RetriableException && System.nanoTime() < deadline);
        if (error != Errors.NONE) throw new IllegalStateException("Produce: " + error);
        return producerId;
    }

    private AbstractResponse send(AbstractRequest.Builder<?> builder, ApiKeys api, short version) throws IOException {
        RequestHeader header = new RequestHeader(api, version, "orphan-transaction", ++correlationId);
        ByteBuffer request = builder.build(version).serializeWithHeader(header);
        try (Socket socket = new Socket(host, port)) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] bytes = new byte[request.remaining()];
            request.get(bytes);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] response = new byte[in.readInt()];
            in.readFully(response);
            return AbstractResponse.parseResponse(ByteBuffer.wrap(response), header);
        }
    }
}
