package io.factwire.processor.order;

/**
 * Where a record was read from the articles topic: the partition and offset of the source record, carried through
 * the hop to the decision so that {@link RankOrder} can merge the partitions' streams in one order.
 *
 * @param partition the source partition, or -1 when unknown (the record is then decided on arrival)
 * @param offset    the source record's offset in that partition
 */
public record SourcePosition(int partition, long offset) {

    public static final SourcePosition UNKNOWN = new SourcePosition(-1, -1);

    public boolean known() {
        return partition >= 0;
    }
}
