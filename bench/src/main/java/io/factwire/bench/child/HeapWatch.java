package io.factwire.bench.child;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap occupancy from GC notifications: the heap just before a collection is its peak since the one before, the
 * heap just after a major collection bounds the live set. Sampling the heap on a timer would miss the peaks between
 * two samples; the heap after a minor collection counts the old generation with whatever garbage it holds until
 * the next major one (with ParallelGC and 512 MB, runs of the same code gave 347-355 MB or, now and then, 482-486).
 */
final class HeapWatch {

    private final Set<String> heapPools;
    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakAfterMajorGc = new AtomicLong(-1);
    private final AtomicLong collections = new AtomicLong();
    private final AtomicLong gcMillis = new AtomicLong();

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    /** Starts listening to every collector of this JVM. */
    static HeapWatch install() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        watch.collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
        }
        return watch;
    }

    private void collected(GarbageCollectionNotificationInfo info) {
        peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        peakAfterGc.accumulateAndGet(after, Math::max);
        if (info.getGcAction().contains("major")) peakAfterMajorGc.accumulateAndGet(after, Math::max);
        collections.incrementAndGet();
        gcMillis.addAndGet(info.getGcInfo().getDuration());
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    long peakUsedBytes() {
        return Math.max(peakBeforeGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Every heap pool at its largest: the limit the pool peaks are measured against. */
    static long limitBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> Math.max(0, pool.getUsage().getMax()))
                .sum();
    }

    /** The most the heap held after a major collection; after any collection when there was no major one. */
    long maxAfterGcBytes() {
        long major = peakAfterMajorGc.get();
        return major >= 0 ? major : peakAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    long gcMillis() {
        return gcMillis.get();
    }
}
