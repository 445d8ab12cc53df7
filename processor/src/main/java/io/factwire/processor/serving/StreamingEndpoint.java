package io.factwire.processor.serving;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** An endpoint that writes its response as it goes (Server-Sent Events) and returns when the stream ends. */
@FunctionalInterface
public interface StreamingEndpoint {
    void stream(Request request, HttpExchange exchange) throws IOException;
}
