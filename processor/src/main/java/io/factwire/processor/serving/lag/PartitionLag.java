package io.factwire.processor.serving.lag;

/**
 * How far a consumer group is behind on one partition.
 *
 * @param currentOffset the group's committed offset: the next record it will process
 * @param logEndOffset  the partition's end (the offset the next record written will get)
 * @param lag           records between the two ({@code logEndOffset - currentOffset}, as kafka-consumer-groups shows)
 * @param lagSeconds    age of the oldest record not processed yet; 0 when caught up
 */
public record PartitionLag(String topic, int partition, long currentOffset, long logEndOffset, long lag, double lagSeconds) {}
