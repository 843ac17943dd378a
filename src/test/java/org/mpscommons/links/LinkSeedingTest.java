package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.ops.ContentSeeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped link list is there after the first start, and editors own it from then on. */
@SiteTest
@Tag("db")
class LinkSeedingTest {

    @LocalServerPort
    int port;

    @Autowired
    LinkSeeder seeder;

    @Autowired
    LinkRepository links;

    @Autowired
    ContentSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedLinksArePresentAfterStartInEverySection() {
        List<LinkValues> shipped = LinkSeeder.read();
        assertThat(shipped).hasSize(24);
        assertThat(seeds.seeded(LinkSeeder.SEED_KEY)).isTrue();
        Link statPearls = byTitle("StatPearls: Myofascial Pain (NCBI Bookshelf)");
        assertThat(statPearls.kind()).isEqualTo(LinkKind.RESEARCH);
        assertThat(statPearls.url()).isEqualTo("https://www.ncbi.nlm.nih.gov/books/NBK535344/");
        assertThat(statPearls.editorChecked()).isTrue();
        assertThat(statPearls.checkStatus()).isIn(CheckStatus.values());
        // verified=no in the file: editors and readers are told it still needs an editor's check.
        Link blog = byTitle("Dr. Jun Kamo's blog (心療整形外科)");
        assertThat(blog.editorChecked()).isFalse();
        assertThat(blog.editorNote()).contains("Editor: confirm the top-level address opens the blog.");
        Link manual = byTitle("Simons, Travell & Simons: Travell & Simons' Myofascial Pain and Dysfunction: "
                + "The Trigger Point Manual, 2nd ed. (1999)");
        assertThat(manual.url()).isNull();
        assertThat(manual.kind()).isEqualTo(LinkKind.BOOKS);

        String page = new SiteClient(port).get("/ja/links").body();
        for (LinkKind kind : LinkKind.values()) {
            assertThat(page).contains("<h2 id=\"" + kind.code() + "\">");
        }
        assertThat(page).contains("加茂淳医師のブログ「心療整形外科」").contains("編集者の確認前").contains("（ウェブページなし）");
    }

    @Test
    void waysToFindCareAreAddedToSitesThatHadLinksAlreadyAfterTheirDoctorsLinks() {
        List<LinkValues> added = LinkSeeder.read(LinkSeeder.ADDITIONS.getFirst(), 1000);
        assertThat(added)
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.kind()).isEqualTo(LinkKind.DOCTORS));
        assertThat(seeds.seeded("links-finding-care.csv")).isTrue();
        Link centres = byTitle(added.getFirst().titleEn());
        assertThat(centres.editorChecked()).isFalse();
        assertThat(centres.position())
                .isGreaterThan(byTitle("Dr. Jun Kamo's blog (心療整形外科)").position());
        assertThat(new SiteClient(port).get("/en/links").body()).contains("multidisciplinary pain centres");
    }

    @Test
    void anEditorsChangesAndDeletionsSurviveLaterStarts() {
        Link choosingWisely = byTitle("Choosing Wisely UK: Questions to ask your doctor");
        Link mayo = byTitle("Mayo Clinic: Myofascial pain syndrome");
        String changedTitle = "Choosing Wisely UK: four questions " + AccountsFixture.unique("");
        links.update(
                choosingWisely.id(),
                new LinkValues(
                        choosingWisely.kind(),
                        changedTitle,
                        choosingWisely.titleJa(),
                        "https://www.choosingwisely.co.uk/i-am-a-patient-carer/questions-ask-doctor/",
                        choosingWisely.language(),
                        choosingWisely.descriptionEn(),
                        choosingWisely.descriptionJa(),
                        choosingWisely.position(),
                        true,
                        null),
                Instant.now());
        links.delete(mayo.id());
        try {
            assertThat(seeder.seed()).isFalse();

            assertThat(links.find(choosingWisely.id()).orElseThrow().titleEn()).isEqualTo(changedTitle);
            assertThat(links.all()).noneMatch(link -> link.titleEn().equals(choosingWisely.titleEn()));
            assertThat(links.all()).noneMatch(link -> link.titleEn().equals(mayo.titleEn()));
        } finally {
            links.update(choosingWisely.id(), values(choosingWisely), Instant.now());
            links.insert(values(mayo), Instant.now());
        }
    }

    @Test
    void aSeedLoadsOnceAndAFailedLoadIsTriedAgain() {
        String key = AccountsFixture.unique("test-seed-");
        AtomicInteger loads = new AtomicInteger();
        assertThatThrownBy(() -> seeds.once(key, () -> {
                    loads.incrementAndGet();
                    throw new IllegalStateException("broken file");
                }))
                .hasMessage("broken file");
        assertThat(seeds.seeded(key)).isFalse();

        assertThat(seeds.once(key, loads::incrementAndGet)).isTrue();
        assertThat(seeds.once(key, loads::incrementAndGet)).isFalse();
        assertThat(loads).hasValue(2);
        assertThat(seeds.seeded(key)).isTrue();
    }

    private Link byTitle(String titleEn) {
        return links.all().stream()
                .filter(link -> link.titleEn().equals(titleEn))
                .findFirst()
                .orElseThrow();
    }

    private static LinkValues values(Link link) {
        return new LinkValues(
                link.kind(),
                link.titleEn(),
                link.titleJa(),
                link.url(),
                link.language(),
                link.descriptionEn(),
                link.descriptionJa(),
                link.position(),
                link.editorChecked(),
                link.editorNote());
    }
}
