package io.factwire.ingest;

/**
 * Hears about each article's fate while {@link ArticlePublisher#publish} runs. Acknowledgements and failures
 * arrive on the producer's I/O thread: implementations must be thread-safe and quick.
 */
public interface PublishListener {

    PublishListener NONE = new PublishListener() {
    };

    /** The broker acknowledged the article; {@code bytes} is its serialized key and value size. */
    default void acknowledged(String id, long bytes) {
    }

    /** The article will not be published: it failed, or it came after a failure and was not sent. */
    default void notSent(String id, Exception cause) {
    }
}
