package io.factwire.processor;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Caps the off-heap memory of every RocksDB store of this JVM together: one block cache and one write-buffer
 * budget shared by all stores, sized by {@value #MEMORY_BYTES}. Without it each store instance (stores x
 * partitions) sizes its own cache and memtables, and memory grows with the partition count.
 *
 * <p>Memtables are kept small per store and allocate in small blocks. The shared budget counts the memory every
 * memtable has allocated, and a memtable allocates at least one arena block (by default an eighth of the write
 * buffer, 2 MB with Kafka Streams' 16 MB buffers): with dozens of store instances (partitions, window segments)
 * the empty memtables alone exceeded the budget, and every write flushed a tiny memtable, leaving RocksDB's
 * background threads busy flushing and compacting thousands of small files.
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

    /** Total off-heap bytes for all stores: block cache, memtables counted against it. */
    public static final String MEMORY_BYTES = "factwire.rocksdb.memory.bytes";
    public static final long DEFAULT_MEMORY_BYTES = 128L * 1024 * 1024;
    private static final long WRITE_BUFFER_BYTES = 4L * 1024 * 1024;
    private static final long ARENA_BLOCK_BYTES = 64L * 1024;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object configured = configs.get(MEMORY_BYTES);
        long memory = configured == null ? DEFAULT_MEMORY_BYTES : Long.parseLong(configured.toString().trim());
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(memory));
        // Index and filter blocks live in the capped cache too, ahead of data blocks.
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(sharedWriteBuffers(memory));
        options.setWriteBufferSize(WRITE_BUFFER_BYTES);
        options.setArenaBlockSize(ARENA_BLOCK_BYTES);
    }

    /** The shared cache is created once per JVM, by the first store, and outlives every store. */
    private static synchronized Cache sharedCache(long memory) {
        if (cache == null) cache = new LRUCache(memory, -1, false, 0.1);
        return cache;
    }

    /** Memtables may take half of the budget; they are charged to the shared cache. */
    private static synchronized WriteBufferManager sharedWriteBuffers(long memory) {
        if (writeBuffers == null) writeBuffers = new WriteBufferManager(memory / 2, sharedCache(memory));
        return writeBuffers;
    }

    @Override
    public void close(String storeName, Options options) {
        // Shared by every store: closing it with one store would break the others.
    }
}
