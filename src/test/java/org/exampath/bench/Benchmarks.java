package org.exampath.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks named on the command line (all of them by default): {@code mvn -Pbench test-compile exec:exec}. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : "org.exampath.bench.*";
        new Runner(new OptionsBuilder().include(include).forks(1).warmupIterations(3)
                .warmupTime(TimeValue.seconds(2)).measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx1g").build()).run();
    }
}
