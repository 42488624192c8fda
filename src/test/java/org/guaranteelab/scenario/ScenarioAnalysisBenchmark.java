package org.guaranteelab.scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the analysis of one scenario takes: the builder recomputes it on every click.
 * Run with scripts/benchmark-analysis.sh; figures in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ScenarioAnalysisBenchmark {

    private Case theCase;
    private Choices typical;
    private Choices everything;
    private Map<String, List<String>> address;

    @Setup
    public void setUp() {
        theCase = new CaseCatalog().defaultCase();
        typical = Choices.none().with("nato", "bridge").with("sanctions", "strengthened").with("g7-sanctions")
                .with("foreign-forces").with("military-technical-assistance");
        everything = RandomScenarios.everything(theCase);
        address = Map.of("nato", List.of("fast-track"), "g7", List.of(""), "sanctions", List.of("strengthened"),
                "foreign-forces", List.of(""), "bogus", List.of("1"));
    }

    @Benchmark
    public ScenarioAnalysis analyse_five_options() {
        return ScenarioAnalysis.of(theCase, typical);
    }

    @Benchmark
    public ScenarioAnalysis analyse_all_options() {
        return ScenarioAnalysis.of(theCase, everything);
    }

    @Benchmark
    public ScenarioAddress.Decoded decode_an_address() {
        return ScenarioAddress.decode(theCase, address);
    }

    @Benchmark
    public String encode_all_options() {
        return ScenarioAddress.encode(theCase, everything);
    }
}
