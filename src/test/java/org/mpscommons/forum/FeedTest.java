package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The forum's Atom feeds parse as Atom (RFC 4287): the feed and every entry carry exactly one id, title and updated
 * date (a valid RFC 3339 time), links are absolute, and each entry's language is stated.
 */
@SiteTest
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theForumFeedListsNewTopicsAsValidAtom() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        String title = unique("Feed & <friends> ");
        startTopic(forum.member().client(), "treatments", title, "A *first* post.", "public");
        String japanese = unique("トリガーポイント注射を受けました ");
        startTopic(forum.member().client(), "treatments", japanese, "とても楽になりました。", "public");

        for (String url : List.of("/feeds/en/forum.atom", "/feeds/ja/forum/treatments.atom")) {
            HttpResponse<String> response = forum.visitor().get(url);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
            Document feed = parse(response.body());
            Element root = feed.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
            assertThat(root.getLocalName()).isEqualTo("feed");
            assertAtomCore(root);
            assertThat(children(root, "author")).hasSize(1);
            List<Element> entries = children(root, "entry");
            assertThat(entries).isNotEmpty();
            for (Element entry : entries) {
                assertAtomCore(entry);
                assertThat(entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang"))
                        .isIn("en", "ja");
                assertThat(children(entry, "link").get(0).getAttribute("href")).startsWith("http://");
            }
            List<String> titles =
                    entries.stream().map(entry -> text(entry, "title")).toList();
            assertThat(titles).contains(title.strip(), japanese.strip());
        }
        assertThat(forum.visitor().get("/feeds/en/forum/no-such-category.atom").statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyForumPageLinksItsFeed() {
        ForumFixture forum = new ForumFixture(context, port);
        assertThat(forum.visitor().get("/en/forum/").body())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/en/forum.atom\"");
        assertThat(forum.visitor().get("/ja/forum/c/recovery-stories").body())
                .contains(
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/ja/forum/recovery-stories.atom\"");
    }

    private static void assertAtomCore(Element element) {
        for (String name : List.of("id", "title", "updated")) {
            assertThat(children(element, name)).as(name).hasSize(1);
        }
        assertThat(Instant.parse(text(element, "updated"))).isNotNull();
        assertThat(text(element, "id")).startsWith("http");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
