package org.guaranteelab.authoring;

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
 * The server's work on a pasted article of 100 KB in about 500 passages (budget: 200 ms): splitting
 * it, and the loader's review of a draft on it, which runs on every change in the editor. Run with
 * {@code BENCHMARK=ArticleSplitBenchmark scripts/benchmark-analysis.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ArticleSplitBenchmark {

    private String text;
    private Draft draft;

    /** About 500 paragraphs of about 190 characters: a fictional article of 100 KB. */
    public static String article() {
        var paragraph = "In the fictional city of Valdby, envoys of Nordmark and Osterholm talked again about a joint "
                + "patrol of the river, the troops each side might offer, and who would pay for them in the end. ";
        return IntStream.range(0, 530).mapToObj(i -> "¶" + i + " " + paragraph).collect(Collectors.joining("\n"))
                .substring(0, Article.TEXT_LENGTH);
    }

    @Setup
    public void setUp() {
        text = article();
        var split = Article.of("Talks in Valdby (fictional)", "as of May 1, 2031", null, null, null, text);
        if (text.length() != Article.TEXT_LENGTH || Math.abs(split.passages().size() - 500) > 50) {
            throw new IllegalStateException("not 100 KB in about 500 passages: " + text.length() + " characters, "
                    + split.passages().size() + " passages");
        }
        draft = Draft.of("case-benchmark000000", split).withStakeholders(List.of(
                        new DraftStakeholder("nordmark", "Nordmark", null, List.of()),
                        new DraftStakeholder("osterholm", "Osterholm", null, List.of())))
                .withOptions(List.of(new DraftOption("patrol", "Joint patrol", "Both patrol the river.", null, List.of()),
                        new DraftOption("troops", "Troops", "Soldiers on the ground.", null, List.of()),
                        new DraftOption("funds", "Funds", "Who pays.", null, List.of())));
        int start = text.indexOf("a joint patrol");
        draft = draft.attach("nordmark", "patrol", null, org.guaranteelab.catalog.Position.POSSIBLE,
                org.guaranteelab.catalog.StanceBasis.REPORTED, null, new Span(start, start + "a joint patrol".length()), null);
    }

    @Benchmark
    public List<Span> split() {
        return ArticleSplitter.split(text);
    }

    @Benchmark
    public DraftReview reviewOnEachChange() {
        return DraftReview.of(draft);
    }
}
