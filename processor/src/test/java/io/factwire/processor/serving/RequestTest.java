package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTest {

    @Test
    void queryParametersAreDecoded() {
        assertThat(Request.parseQuery("event=almaty%2F2022&outcome=killed&group=&flag"))
                .containsExactly(Map.entry("event", "almaty/2022"), Map.entry("outcome", "killed"),
                        Map.entry("group", ""), Map.entry("flag", ""));
        assertThat(Request.parseQuery("event=a+b")).containsEntry("event", "a b");
    }

    @Test
    void aRepeatedParameterIsABadRequest() {
        assertThatThrownBy(() -> Request.parseQuery("event=a&event=b"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'event' given more than once");
    }

    @Test
    void anUnknownParameterIsABadRequestListingTheAllowedOnes() {
        Request request = Request.of("GET", "/api/facts", "evnt=x", new Headers());

        assertThatThrownBy(() -> request.allowOnly(Set.of("event")))
                .hasMessageContaining("unknown parameter 'evnt'")
                .hasMessageContaining("allowed: event");
    }

    @Test
    void theForwardedHeaderMarksAForwardedRequest() {
        Headers headers = new Headers();
        headers.add(Request.FORWARDED_HEADER, "10.0.0.1:8080");

        Request request = Request.of("GET", "/api/facts", null, headers);

        assertThat(request.isForwarded()).isTrue();
        assertThat(request.forwardedBy()).isEqualTo("10.0.0.1:8080");
        assertThat(request.pathAndQuery()).isEqualTo("/api/facts");
    }
}
