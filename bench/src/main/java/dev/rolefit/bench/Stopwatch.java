package dev.rolefit.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and this process's CPU time since it started: on a shared machine the wall time
 * grows with other processes' load, the CPU time much less.
 */
record Stopwatch(long wallStart, long cpuStart) {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static Stopwatch start() {
        return new Stopwatch(System.nanoTime(), OS.getProcessCpuTime());
    }

    double wall() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    double cpu() {
        return (OS.getProcessCpuTime() - cpuStart) / 1e9;
    }

    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }
}
