package org.declaro.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time of the benchmark's own thread per operation ({@code -prof org.declaro.benchmarks.CpuTimeProfiler}):
 * the CPU time of JMH's worker threads over an iteration divided by the operations of the iteration, in µs. On a
 * machine other processes share, the wall time of an operation grows with their load while the CPU time of the
 * thread that does the work hardly does: it is the time the work takes on one core of its own. The collector's
 * and the compiler's threads are not counted (a parallel collector's threads spin while they wait for a core, so
 * under load their time says more of the load than of the work); on a quiet machine they add about a tenth.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> start = Map.of();

    /** JMH's constructor. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "the CPU time of the benchmark's worker threads per operation, in µs";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = workers();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long used = 0;
        for (Map.Entry<Long, Long> w : workers().entrySet()) {
            used += w.getValue() - start.getOrDefault(w.getKey(), 0L); // a worker started in the iteration: all its time
        }
        long ops = result.getMetadata().getMeasuredOps();
        return ops <= 0 || used <= 0 ? List.of()
                : List.of(new ScalarResult("cpu", used / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }

    /** @return the CPU time (ns) of each live JMH worker thread, by thread id */
    private static Map<Long, Long> workers() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }
}
