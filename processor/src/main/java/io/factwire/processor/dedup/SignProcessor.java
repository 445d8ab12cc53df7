package io.factwire.processor.dedup;

import io.factwire.processor.dedup.DedupStage.Signed;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Signs a first arrival and stamps it with its sequence number: the offset of the record in the one-partition
 * {@code dedup-sequence} topic, the one order every bucket of the index agrees on.
 */
final class SignProcessor implements FixedKeyProcessor<String, Verdict, Signed> {

    private final DedupConfig config;
    private final MinHashBands bands;
    private FixedKeyProcessorContext<String, Signed> context;

    SignProcessor(DedupConfig config, MinHashBands bands) {
        this.config = config;
        this.bands = bands;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Signed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Verdict> record) {
        long sequence = context.recordMetadata().map(RecordMetadata::offset)
                .orElseThrow(() -> new IllegalStateException("dedup-sign runs on records read from dedup-sequence"));
        var article = record.value().article();
        context.forward(record.withValue(new Signed(article, ArticleSignature.of(article, config, bands), sequence)));
    }
}
