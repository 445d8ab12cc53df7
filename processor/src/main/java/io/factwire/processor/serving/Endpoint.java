package io.factwire.processor.serving;

import java.io.IOException;

/** Answers one kind of GET (HEAD is the same answer without the body). */
@FunctionalInterface
public interface Endpoint {
    Response handle(Request request) throws IOException;
}
