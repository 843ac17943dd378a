package org.mpscommons.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the Markdown of generated posts from {@link Phrases}: an opening post tells a story in a few paragraphs,
 * sometimes with a list or a link to one of the site's articles; a reply is shorter and sometimes quotes. Lengths vary
 * as they do in a real forum: many short replies, a few long stories.
 */
final class PostMaker {

    /** Articles the site ships, in both languages: what members link to. */
    private static final List<String> ARTICLES = List.of(
            "what-is-mps",
            "why-mps-is-missed",
            "sciatica",
            "lumbar-disc-herniation",
            "spinal-canal-stenosis",
            "piriformis-syndrome",
            "injections-compared",
            "treatments-and-self-care",
            "talking-to-your-doctor",
            "osteoarthritis",
            "tendovaginitis",
            "meniscus",
            "spondylosis-deformans",
            "spondylolisthesis-spondylolysis");

    private final Phrases phrases;
    private final String language;
    private final String space;

    PostMaker(Phrases phrases, String language) {
        this.phrases = phrases;
        this.language = language;
        // Japanese sentences follow each other without a space.
        this.space = "ja".equals(language) ? "" : " ";
    }

    String title(SplittableRandom random) {
        return phrases.pick("title", random);
    }

    String opening(SplittableRandom random) {
        StringBuilder post = new StringBuilder();
        paragraph(post, phrases.pick("opening", random), random, 1 + random.nextInt(3));
        if (random.nextInt(100) < 30) {
            list(post, random);
        }
        if (random.nextInt(100) < 70) {
            paragraph(post, phrases.pick("body", random), random, random.nextInt(3));
        }
        if (random.nextInt(100) < 20) {
            link(post, random);
        }
        post.append(phrases.pick("closing", random));
        return post.toString();
    }

    String reply(SplittableRandom random) {
        StringBuilder post = new StringBuilder();
        if (random.nextInt(100) < 25) {
            post.append("> ").append(phrases.pick("quote", random)).append("\n\n");
        }
        int roll = random.nextInt(100);
        paragraph(post, phrases.pick("reply", random), random, roll < 40 ? 0 : roll < 80 ? 1 : 2);
        if (random.nextInt(100) < 15) {
            paragraph(post, phrases.pick("body", random), random, random.nextInt(2));
        }
        if (random.nextInt(100) < 10) {
            list(post, random);
        }
        if (random.nextInt(100) < 5) {
            link(post, random);
        }
        if (random.nextInt(100) < 15) {
            post.append(phrases.pick("closing", random));
        }
        return post.toString().strip();
    }

    private void paragraph(StringBuilder post, String first, SplittableRandom random, int more) {
        post.append(first);
        for (int i = 0; i < more; i++) {
            post.append(space).append(phrases.pick("body", random));
        }
        post.append("\n\n");
    }

    private void list(StringBuilder post, SplittableRandom random) {
        int items = 2 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            post.append("- ").append(phrases.pick("list", random)).append('\n');
        }
        post.append('\n');
    }

    private void link(StringBuilder post, SplittableRandom random) {
        String key = ARTICLES.get(random.nextInt(ARTICLES.size()));
        String text = "ja".equals(language) ? "このサイトの記事" : "this article on the site";
        post.append("ja".equals(language) ? "参考：" : "See ")
                .append('[')
                .append(text)
                .append("](/")
                .append(language)
                .append("/articles/k/")
                .append(key)
                .append(")")
                .append("ja".equals(language) ? "\n\n" : ".\n\n");
    }
}
