package org.guaranteelab.classroom;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The name work of one join into a full class, done while the class's lock is held: the typed name's
 * checks (NFKC, hidden characters, scripts, numbering) and the confusable skeletons of the 300 names
 * already there. Run with {@code BENCHMARK=DisplayNamesBenchmark scripts/benchmark-analysis.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class DisplayNamesBenchmark {

    private List<String> classOf300;

    @Setup
    public void setUp() {
        classOf300 = IntStream.range(0, 300).mapToObj(i -> (i % 3 == 0 ? "Zoë Müller-" : i % 3 == 1 ? "Иван " : "李 ") + i)
                .toList();
    }

    @Benchmark
    public String joinIntoAFullClass() {
        var checked = (DisplayNames.Checked.Valid) DisplayNames.check("  Ana\u00A0Lee ");
        var taken = classOf300.stream().map(DisplayNames::skeleton).collect(Collectors.toSet());
        return DisplayNames.distinct(checked.name(), candidate -> taken.contains(DisplayNames.skeleton(candidate)));
    }
}
