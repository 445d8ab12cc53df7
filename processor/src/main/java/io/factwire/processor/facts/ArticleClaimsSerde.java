package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of {@link ArticleClaims} for the internal repartition topic and state stores. Each claim is written by the
 * Claim serde (schema-registry framed, so claims stay evolvable with the contract); the envelope around them is
 * a version byte, the article and event ids, and length-prefixed claims.
 */
public final class ArticleClaimsSerde implements Serde<ArticleClaims> {

    private static final byte FORMAT_VERSION = 1;

    private final Serde<Claim> claimSerde;

    public ArticleClaimsSerde(Serde<Claim> claimSerde) {
        this.claimSerde = claimSerde;
    }

    @Override
    public Serializer<ArticleClaims> serializer() {
        Serializer<Claim> claims = claimSerde.serializer();
        return (topic, batch) -> {
            if (batch == null) return null;
            List<byte[]> encoded = batch.claims().stream().map(claim -> claims.serialize(topic, claim)).toList();
            byte[] article = batch.article().getBytes(StandardCharsets.UTF_8);
            byte[] event = batch.event().getBytes(StandardCharsets.UTF_8);
            int size = 1 + 4 + article.length + 4 + event.length + 4
                    + encoded.stream().mapToInt(bytes -> 4 + bytes.length).sum();
            ByteBuffer buffer = ByteBuffer.allocate(size).put(FORMAT_VERSION);
            buffer.putInt(article.length).put(article).putInt(event.length).put(event).putInt(encoded.size());
            encoded.forEach(bytes -> buffer.putInt(bytes.length).put(bytes));
            return buffer.array();
        };
    }

    @Override
    public Deserializer<ArticleClaims> deserializer() {
        Deserializer<Claim> claims = claimSerde.deserializer();
        return (topic, data) -> {
            if (data == null) return null;
            try {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                byte version = buffer.get();
                if (version != FORMAT_VERSION) {
                    throw new SerializationException("unknown ArticleClaims format " + version + " on " + topic);
                }
                String article = string(buffer);
                String event = string(buffer);
                int count = buffer.getInt();
                List<Claim> decoded = new ArrayList<>(count);
                for (int i = 0; i < count; i++) decoded.add(claims.deserialize(topic, bytes(buffer)));
                return new ArticleClaims(article, event, decoded);
            } catch (RuntimeException e) {
                if (e instanceof SerializationException) throw e;
                throw new SerializationException("malformed ArticleClaims on " + topic + " (" + data.length + " bytes)", e);
            }
        };
    }

    private static String string(ByteBuffer buffer) {
        return new String(bytes(buffer), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getInt()];
        buffer.get(bytes);
        return bytes;
    }
}
