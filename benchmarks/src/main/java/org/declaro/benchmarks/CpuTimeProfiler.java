package org.declaro.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time of the benchmark's JVM per operation ({@code -prof org.declaro.benchmarks.CpuTimeProfiler}): the
 * process's CPU time over an iteration (every thread: the benchmark's, the collector's, the compiler's) divided by
 * the operations of the iteration, in µs. On a machine other processes share, the wall time of an operation
 * grows with their load while its CPU time hardly does; for a single-threaded benchmark it is the time the work
 * takes on one core of its own, the collector's work included.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private long start;

    /** JMH's constructor. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "the process's CPU time per operation (every thread), in µs";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = cpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long used = cpuNanos() - start;
        long ops = result.getMetadata().getMeasuredOps();
        return ops <= 0 ? List.of() : List.of(new ScalarResult("cpu", used / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
