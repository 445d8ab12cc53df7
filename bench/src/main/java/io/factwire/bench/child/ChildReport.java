package io.factwire.bench.child;

/**
 * What the processor JVM measured of itself, printed as JSON when it stops.
 *
 * @param heapPeakUsedBytes        highest heap occupancy seen: the heap just before each collection, or at the end
 * @param heapMaxAfterGcBytes      highest heap occupancy right after a collection: an upper bound of the live set
 * @param heapMaxBytes             the heap limit (-Xmx)
 * @param gcCount                  collections
 * @param gcMillis                 time spent in them (pauses and, for concurrent collectors, cycles)
 * @param rssPeakBytes             resident set high-water mark (VmHWM); -1 where /proc is not available
 * @param stateDirBytes            size of the Kafka Streams state directory after the stores were closed
 * @param cpuSeconds               CPU time of the whole processor JVM
 */
public record ChildReport(long heapPeakUsedBytes, long heapMaxAfterGcBytes, long heapMaxBytes, long gcCount,
                          long gcMillis, long rssPeakBytes, long stateDirBytes, double cpuSeconds) {
}
