package io.factwire.processor.events;

import io.factwire.avro.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Reads an article's event cues where the article is (in parallel), so only the cues travel to the sequencer. */
final class FeatureStep implements FixedKeyProcessor<String, Article, EventFeatures> {
    private final FeatureExtractor extractor;
    private FixedKeyProcessorContext<String, EventFeatures> context;

    FeatureStep(EventConfig config) {
        this.extractor = new FeatureExtractor(config);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EventFeatures> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        context.forward(record.withValue(extractor.extract(record.value(), record.timestamp())));
    }
}
