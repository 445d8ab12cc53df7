package io.factwire.schemas.serde;

import java.util.ArrayList;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * The generated classes' data model, except that arrays are read as {@link ArrayList}s instead of Avro's
 * GenericData.Array. The generated {@code equals} compares list fields with {@code Objects.equals}, and
 * GenericData.Array.equals compares elements with the conversion-less GenericData model, which throws on a
 * java.time.Instant inside a union (FactState.claims[].published): read records would never equal built ones.
 */
final class JavaListSpecificData extends SpecificData {
    /** Corrupt bytes can announce billions of items: never pre-allocate more than this. */
    private static final int MAX_PREALLOCATED = 1024;

    JavaListSpecificData(Class<?> generated) {
        super(generated.getClassLoader());
        addLogicalTypeConversion(new TimeConversions.DateConversion());
        addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
        addLogicalTypeConversion(new Conversions.DecimalConversion());
        addLogicalTypeConversion(new Conversions.UUIDConversion());
        SpecificData.getForClass(generated).getConversions().forEach(this::addLogicalTypeConversion);
    }

    @Override
    public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof ArrayList<?> reused) {
            reused.clear();
            return reused;
        }
        return new ArrayList<>(Math.min(Math.max(size, 0), MAX_PREALLOCATED));
    }
}
