package io.factwire.bench.child;

import io.factwire.processor.order.OrderMetrics;

/**
 * What the processor JVM measured of itself, printed as JSON when it stops.
 *
 * @param heapPeakUsedBytes        highest heap occupancy seen: the heap just before each collection, or at the end
 * @param heapMaxAfterGcBytes      highest heap occupancy right after a collection: an upper bound of the live set
 * @param heapMaxBytes             the heap limit: the largest size of every heap pool together (-Xmx)
 * @param gcCount                  collections
 * @param gcMillis                 time spent in them (pauses and, for concurrent collectors, cycles)
 * @param rssPeakBytes             resident set high-water mark (VmHWM); -1 where /proc is not available
 * @param liveHeapBytesAtEnd       the live set when the bench stopped the processor (a full collection first)
 * @param liveHeapLargest          the classes holding most of it, {@code "<MB> MB <instances> <class>"}
 * @param stateDirBytes            size of the Kafka Streams state directory after the stores were closed
 * @param cpuSeconds               CPU time of the whole processor JVM
 * @param rankOrder                what the decision's rank merge decided out of rank order, over the run (all 0: the
 *                                 decisions followed rank order; none for the pass-through)
 */
public record ChildReport(long heapPeakUsedBytes, long heapMaxAfterGcBytes, long heapMaxBytes, long gcCount,
                          long gcMillis, long rssPeakBytes, long liveHeapBytesAtEnd, java.util.List<String> liveHeapLargest,
                          long stateDirBytes, double cpuSeconds, OrderMetrics.Totals rankOrder) {
}
