package org.mpscommons.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Markdown → sanitized HTML, as every post goes through it once when written (ContentPipeline: CommonMark with raw
 * HTML off, then the allow-list sanitizer). The posts are the dataset generator's, so they have its mix of quotes,
 * lists and links and its lengths; it lives in the generator's package to use its post maker. Run with
 * {@code bench/markdown.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownPipelineBenchmark {

    private static final int POSTS = 1_000;

    @Param({"ja", "en"})
    public String language;

    private final ContentPipeline pipeline = new ContentPipeline();
    private final List<String> posts = new ArrayList<>();
    private int next;

    @Setup
    public void makePosts() {
        PostMaker maker = new PostMaker(Phrases.load(language), language);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < POSTS; i++) {
            posts.add(i % 5 == 0 ? maker.opening(random) : maker.reply(random));
        }
    }

    /** One post, the next of a thousand in turn (so no single text is all the JIT sees). */
    @Benchmark
    public Rendered render() {
        String post = posts.get(next);
        next = (next + 1) % POSTS;
        return pipeline.render(post);
    }
}
