package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full assessment, next-test ranking included, of a complete exam, of an empty one, and of a partial
 * exam that raises four flags at soon with questions still open (their checks are worked out too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {
    private Engine engine;
    private Exam complete;
    private Exam empty;
    private Exam flagged;

    @Setup
    public void setUp() throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.fromClasspath();
        engine = new Engine(knowledge);
        complete = new ExamReader(knowledge).read(Files.readAllBytes(Path.of("src/test/resources/bench/complete-exam.json")));
        empty = Exam.empty();
        flagged = new ExamReader(knowledge).read(Files.readAllBytes(Path.of("src/test/resources/bench/flagged-exam.json")));
    }

    @Benchmark
    public Assessment completeExam() {
        return engine.assess(complete);
    }

    @Benchmark
    public Assessment emptyExam() {
        return engine.assess(empty);
    }

    @Benchmark
    public Assessment flaggedExam() {
        return engine.assess(flagged);
    }
}
