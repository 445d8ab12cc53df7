package io.factwire.extractor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON form of a claim, one object per claim, as {@code factwire extract} prints it and score-claims.py reads
 * it. Field names are fixed by CLAIMS.md; {@code high} is written only for a range; absent attribution and
 * location are written as {@code null}.
 */
public final class ClaimJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ClaimJson() {
    }

    public static String write(ExtractedClaim claim) {
        StringWriter out = new StringWriter(256 + claim.text().length());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("doc", claim.doc());
            json.writeStringField("outcome", claim.outcome().wireName());
            json.writeNumberField("count", claim.count());
            json.writeStringField("qualifier", claim.qualifier().wireName());
            if (claim.high() != null) {
                json.writeNumberField("high", claim.high());
            }
            json.writeBooleanField("vague", claim.vague());
            json.writeStringField("group", claim.group().wireName());
            json.writeStringField("attribution", claim.attribution());
            json.writeStringField("location", claim.location());
            json.writeBooleanField("background", claim.background());
            json.writeStringField("text", claim.text());
            json.writeNumberField("start", claim.start());
            json.writeNumberField("end", claim.end());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
        }
        return out.toString();
    }
}
