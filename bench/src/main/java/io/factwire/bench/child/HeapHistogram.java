package io.factwire.bench.child;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live heap by class, from the JVM's own class histogram (the same as {@code jcmd PID GC.class_histogram}):
 * it collects first, so the total is the live set, and the largest classes say what holds it.
 *
 * @param liveBytes every live object
 * @param largest   the classes holding the most, as {@code "<MB> MB <instances> <class>"}
 */
record HeapHistogram(long liveBytes, List<String> largest) {

    private static final int LARGEST = 10;

    static HeapHistogram take() {
        String histogram;
        try {
            histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}).toString();
        } catch (JMException e) {
            return new HeapHistogram(-1, List.of("class histogram unavailable: " + e));
        }
        long total = -1;
        List<String> largest = new ArrayList<>();
        for (String line : histogram.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[0].equals("Total")) {
                total = Long.parseLong(fields[2]);
            } else if (fields.length >= 4 && fields[0].endsWith(":") && largest.size() < LARGEST) {
                largest.add(String.format(java.util.Locale.ROOT, "%.1f MB %s %s", Long.parseLong(fields[2]) / 1048576.0,
                        fields[1], fields[3]));
            }
        }
        return new HeapHistogram(total, largest);
    }
}
