package org.mpscommons.generate;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mpscommons.accounts.MemberBulkLoad;
import org.mpscommons.accounts.MemberBulkLoad.NewMember;
import org.mpscommons.articles.ArticleImport;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.mpscommons.forum.ForumBulkLoad;
import org.mpscommons.forum.ForumBulkLoad.NewCategoryFollow;
import org.mpscommons.forum.ForumBulkLoad.NewPost;
import org.mpscommons.forum.ForumBulkLoad.NewReaction;
import org.mpscommons.forum.ForumBulkLoad.NewTopic;
import org.mpscommons.forum.ForumBulkLoad.NewTopicFollow;
import org.mpscommons.forum.PostStatus;
import org.mpscommons.forum.ReactionKind;
import org.mpscommons.forum.Visibility;
import org.mpscommons.web.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty forum with a realistic bilingual dataset: members, topics, posts (Markdown rendered by the site's
 * own pipeline), reactions and follows, and knowledge-base articles in both languages. The same seed gives the same content; times are spread over the three years
 * before the run. Work is split into chunks of topics: each chunk is made from its own random stream (so order and
 * threads do not change it), on a second thread while the previous chunk is written, in a transaction of its own.
 *
 * <p>The first topic always has exactly 20 posts in Japanese: the benchmarks measure it as "the topic page".
 */
@Component
class DatasetGenerator {

    /** Every generated member signs in with this password (the benchmarks' write path needs one who can). */
    static final String PASSWORD = "generated-member-password";

    static final int FIRST_TOPIC_POSTS = 20;
    private static final int CHUNK = 500;
    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final List<String> JA_NAMES = List.of(
            "さくら", "ひかり", "こはる", "たろう", "腰痛もち", "肩こり族", "みどり", "ゆうき", "はな", "そら", "まこと", "あおい", "ねこ好き", "散歩好き", "のんびり",
            "がんばる母");
    private static final List<String> EN_NAMES = List.of(
            "Hopeful",
            "Walker",
            "Gardener",
            "Runner",
            "Teacher",
            "Nurse",
            "Retired",
            "Hiker",
            "Mum",
            "Dad",
            "PainFree",
            "SlowButSure",
            "Baker",
            "Cyclist");
    /** Categories and how often topics start in each (the international one is in English). */
    private static final Map<String, Integer> CATEGORY_WEIGHTS = Map.of(
            "introductions",
            10,
            "pain-and-diagnosis",
            25,
            "treatments",
            25,
            "recovery-stories",
            10,
            "asking-my-doctor",
            10,
            "questions-for-professionals",
            10,
            "international",
            7,
            "site-feedback",
            3);

    private static final String GENERATED = "Generated for benchmarks (generate-data)";

    private final MemberBulkLoad accounts;
    private final ForumBulkLoad forum;
    private final ArticleImport articleImport;
    private final ContentPipeline pipeline;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DatasetGenerator(
            MemberBulkLoad accounts,
            ForumBulkLoad forum,
            ArticleImport articleImport,
            ContentPipeline pipeline,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.forum = forum;
        this.articleImport = articleImport;
        this.pipeline = pipeline;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What was made. */
    record Made(int members, int topics, int posts, long reactions, long follows, int articles) {}

    private record Chunk(
            List<NewTopic> topics, List<NewPost> posts, List<NewReaction> reactions, List<NewTopicFollow> follows) {}

    /** The fixed facts of one run that every chunk reads. */
    private record Plan(
            long seed,
            Instant now,
            long firstMember,
            int members,
            long firstTopic,
            long firstPost,
            int[] postsPerTopic,
            long[] postOffsets,
            List<Long> categoryIds,
            List<String> categorySlugs,
            int[] categoryWeights) {}

    Made generate(Scale scale, long seed, PrintStream out) {
        long existing = forum.topicCount();
        if (existing > 0) {
            throw new IllegalStateException("generate-data fills an empty forum; this database has " + existing
                    + " topics. Point MPS_DATA_DIR (or MPS_DB_URL) at a new database.");
        }
        Instant started = clock.instant();
        Plan plan = plan(scale, seed, started);
        out.printf(
                Locale.ROOT,
                "generate-data: %s, seed %d: %,d members, %,d topics, %,d posts%n",
                scale.name().toLowerCase(Locale.ROOT),
                seed,
                plan.members(),
                plan.postsPerTopic().length,
                scale.posts());
        members(plan, out);

        PostMaker ja = new PostMaker(Phrases.load("ja"), "ja");
        PostMaker en = new PostMaker(Phrases.load("en"), "en");
        int topics = plan.postsPerTopic().length;
        long reactions = 0;
        long follows = 0;
        int posts = 0;
        ExecutorService maker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("generate").factory());
        try {
            CompletableFuture<Chunk> next = CompletableFuture.supplyAsync(() -> chunk(plan, 0, ja, en), maker);
            for (int from = 0; from < topics; from += CHUNK) {
                Chunk chunk = next.join();
                int following = from + CHUNK;
                if (following < topics) {
                    next = CompletableFuture.supplyAsync(() -> chunk(plan, following, ja, en), maker);
                }
                transactions.executeWithoutResult(status -> {
                    forum.loadTopics(chunk.topics());
                    forum.loadPosts(chunk.posts());
                    forum.loadReactions(chunk.reactions());
                    forum.loadTopicFollows(chunk.follows());
                });
                posts += chunk.posts().size();
                reactions += chunk.reactions().size();
                follows += chunk.follows().size();
                int done = Math.min(following, topics);
                if (done % (CHUNK * 20) == 0 || done == topics) {
                    long seconds = Duration.between(started, clock.instant()).toSeconds();
                    out.printf(
                            Locale.ROOT,
                            "generate-data: %,d of %,d topics, %,d posts (%d s)%n",
                            done,
                            topics,
                            posts,
                            seconds);
                }
            }
        } finally {
            maker.shutdownNow();
        }
        follows += categoryFollows(plan);
        transactions.executeWithoutResult(status -> {
            forum.finishLoading();
            accounts.continueIdsAfterLoaded();
        });
        int articles = articles(scale, seed);
        out.printf(
                Locale.ROOT,
                "generate-data: %,d articles (%d s)%n",
                articles,
                Duration.between(started, clock.instant()).toSeconds());
        return new Made(plan.members(), topics, posts, reactions, follows, articles);
    }

    /**
     * The knowledge base beside the shipped articles, through the articles' own import (they are rendered and cited
     * as the shipped ones are). Each number has its own random stream in each language.
     */
    private int articles(Scale scale, long seed) {
        ArticleMaker ja = new ArticleMaker(Phrases.load("ja"), "ja");
        ArticleMaker en = new ArticleMaker(Phrases.load("en"), "en");
        int made = 0;
        for (int number = 1; number <= scale.articlesPerLanguage(); number++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + number);
            articleImport.publish("generated-" + number + ".ja", ja.file(number, random.split()), GENERATED);
            articleImport.publish("generated-" + number + ".en", en.file(number, random.split()), GENERATED);
            made += 2;
        }
        return made;
    }

    private Plan plan(Scale scale, long seed, Instant now) {
        int topics = scale.topics();
        int[] counts = new int[topics];
        SplittableRandom random = new SplittableRandom(seed);
        long total = 0;
        counts[0] = FIRST_TOPIC_POSTS;
        total += counts[0];
        for (int i = 1; i < topics; i++) {
            // Most topics get a few replies, some many: exponential around the mean of ten, at most 150.
            counts[i] = (int) Math.min(150, 1 + Math.floor(-Math.log(1 - random.nextDouble()) * 9));
            total += counts[i];
        }
        // Even out to exactly the scale's number of posts, one post at a time on topics picked at random.
        while (total != scale.posts()) {
            int i = 1 + random.nextInt(topics - 1);
            if (total < scale.posts()) {
                counts[i]++;
                total++;
            } else if (counts[i] > 1) {
                counts[i]--;
                total--;
            }
        }
        long[] offsets = new long[topics];
        for (int i = 1; i < topics; i++) {
            offsets[i] = offsets[i - 1] + counts[i - 1];
        }
        Map<String, Long> categories = forum.categoryIds();
        List<String> slugs = new ArrayList<>(categories.keySet());
        int[] weights = slugs.stream()
                .mapToInt(slug -> CATEGORY_WEIGHTS.getOrDefault(slug, 5))
                .toArray();
        return new Plan(
                seed,
                now,
                accounts.nextId(),
                scale.members(),
                forum.nextTopicId(),
                forum.nextPostId(),
                counts,
                offsets,
                slugs.stream().map(categories::get).toList(),
                slugs,
                weights);
    }

    private void members(Plan plan, PrintStream out) {
        String hash = passwords.encode(PASSWORD);
        SplittableRandom random = new SplittableRandom(plan.seed() ^ 0x6d656d62L);
        List<NewMember> rows = new ArrayList<>();
        for (int i = 0; i < plan.members(); i++) {
            long id = plan.firstMember() + i;
            boolean japanese = random.nextInt(3) != 0;
            List<String> names = japanese ? JA_NAMES : EN_NAMES;
            String name = names.get(random.nextInt(names.size())) + id;
            Instant joined = plan.now().minus(SPAN).plusSeconds(random.nextLong(SPAN.toSeconds()));
            // The names end in distinct ids and no digit looks like another, so their skeletons differ too.
            rows.add(new NewMember(
                    id,
                    name,
                    "member" + id + "@generated.invalid",
                    hash,
                    japanese ? Language.JA : Language.EN,
                    joined));
            if (rows.size() == 10_000 || i == plan.members() - 1) {
                List<NewMember> batch = List.copyOf(rows);
                transactions.executeWithoutResult(status -> accounts.load(batch));
                rows.clear();
            }
        }
        out.printf(Locale.ROOT, "generate-data: %,d members%n", plan.members());
    }

    /** Topics {@code from} to {@code from + CHUNK}, each from its own random stream. */
    private Chunk chunk(Plan plan, int from, PostMaker ja, PostMaker en) {
        int to = Math.min(from + CHUNK, plan.postsPerTopic().length);
        Chunk chunk = new Chunk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = from; i < to; i++) {
            topic(plan, i, ja, en, chunk);
        }
        return chunk;
    }

    private void topic(Plan plan, int index, PostMaker ja, PostMaker en, Chunk chunk) {
        SplittableRandom random = new SplittableRandom(plan.seed() * 1_000_003L + index);
        int topics = plan.postsPerTopic().length;
        long topicId = plan.firstTopic() + index;
        int category =
                index == 0 ? plan.categorySlugs().indexOf("treatments") : weighted(plan.categoryWeights(), random);
        String slug = plan.categorySlugs().get(category);
        String language = index == 0 ? "ja" : "international".equals(slug) || random.nextInt(4) == 0 ? "en" : "ja";
        PostMaker maker = "ja".equals(language) ? ja : en;
        // Topics start evenly over the span, in id order; replies follow hours to days apart.
        long step = SPAN.toSeconds() / topics;
        Instant created = plan.now().minus(SPAN).plusSeconds(step * index + random.nextLong(Math.max(1, step)));
        boolean membersOnly = index != 0 && random.nextInt(100) < 5;
        boolean hidden = index != 0 && random.nextInt(100) < 1;
        long author = author(plan, random);
        String title = maker.title(random);
        int count = plan.postsPerTopic()[index];
        Set<Long> followers = new HashSet<>();
        Instant at = created;
        Instant last = created;
        int replies = 0;
        for (int number = 1; number <= count; number++) {
            long postAuthor = number == 1 ? author : author(plan, random);
            if (number > 1) {
                at = at.plusSeconds(60 + (long) (-Math.log(1 - random.nextDouble()) * 6 * 3600));
                if (at.isAfter(plan.now())) {
                    at = plan.now().minusSeconds(count - number + 1);
                }
            }
            String source = number == 1 ? maker.opening(random) : maker.reply(random);
            Rendered rendered = pipeline.render(source);
            PostStatus status = hidden
                    ? PostStatus.HIDDEN
                    : number > 1 && random.nextInt(100) < 1 ? PostStatus.HIDDEN : PostStatus.VISIBLE;
            long postId = plan.firstPost() + plan.postOffsets()[index] + number - 1;
            int helpful = 0;
            int meToo = 0;
            // About a third of posts got reactions, from up to six distinct members.
            if (status == PostStatus.VISIBLE && random.nextInt(3) == 0) {
                Set<Long> reacted = new HashSet<>();
                int reactions = 1 + random.nextInt(6);
                for (int r = 0; r < reactions; r++) {
                    long member = author(plan, random);
                    if (member != postAuthor && reacted.add(member)) {
                        boolean isHelpful = random.nextInt(3) != 0;
                        Instant reactedAt = at.plusSeconds(600).isAfter(plan.now()) ? plan.now() : at.plusSeconds(600);
                        chunk.reactions()
                                .add(new NewReaction(
                                        postId,
                                        member,
                                        isHelpful ? ReactionKind.HELPFUL : ReactionKind.ME_TOO,
                                        reactedAt));
                        if (isHelpful) {
                            helpful++;
                        } else {
                            meToo++;
                        }
                    }
                }
            }
            chunk.posts()
                    .add(new NewPost(
                            postId,
                            topicId,
                            number,
                            postAuthor,
                            language,
                            status,
                            source,
                            rendered,
                            at,
                            helpful,
                            meToo));
            if (status == PostStatus.VISIBLE) {
                last = at;
                if (number > 1) {
                    replies++;
                }
            }
            // Whoever writes in a topic follows it, as the site does.
            if (followers.add(postAuthor)) {
                chunk.follows().add(new NewTopicFollow(postAuthor, topicId, at));
            }
        }
        chunk.topics()
                .add(new NewTopic(
                        topicId,
                        plan.categoryIds().get(category),
                        title,
                        language,
                        membersOnly ? Visibility.MEMBERS : Visibility.PUBLIC,
                        hidden ? PostStatus.HIDDEN : PostStatus.VISIBLE,
                        author,
                        count,
                        replies,
                        random.nextInt(20 + count * 40),
                        created,
                        last));
    }

    private long categoryFollows(Plan plan) {
        SplittableRandom random = new SplittableRandom(plan.seed() ^ 0x63617466L);
        List<NewCategoryFollow> rows = new ArrayList<>();
        for (int i = 0; i < plan.members(); i++) {
            // One member in ten follows a category or two.
            if (random.nextInt(10) == 0) {
                long member = plan.firstMember() + i;
                int first = random.nextInt(plan.categoryIds().size());
                rows.add(new NewCategoryFollow(member, plan.categoryIds().get(first), plan.now()));
                int second = random.nextInt(plan.categoryIds().size());
                if (second != first && random.nextBoolean()) {
                    rows.add(new NewCategoryFollow(member, plan.categoryIds().get(second), plan.now()));
                }
            }
        }
        transactions.executeWithoutResult(status -> forum.loadCategoryFollows(rows));
        return rows.size();
    }

    /** A few members write much of the forum, as in any community: low ids are picked far more often. */
    private static long author(Plan plan, SplittableRandom random) {
        double u = random.nextDouble();
        return plan.firstMember() + (long) (plan.members() * u * u * u);
    }

    private static int weighted(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
