package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors keep the link list from the browser; nobody else may, and every change is in the audit log. */
@SiteTest
@Tag("db")
class LinkEditorTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobLease lease;

    @Test
    void onlyEditorsAndAdminsSignedInWithTwoFactorsMayEdit() {
        assertThat(location(new SiteClient(port).get("/en/links/edit"))).isEqualTo("/en/login");

        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        assertThat(member.get("/en/links/edit").statusCode()).isEqualTo(403);
        assertThat(member.get("/ja/links/edit/new").statusCode()).isEqualTo(403);
        long someLink = anyLinkId();
        assertThat(member.get("/en/links/edit/" + someLink).statusCode()).isEqualTo(403);
        int before = count();
        assertThat(member.submit("/en/account", "/en/links/edit/new", goodLink("Member's link"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(member.submit("/en/account", "/en/links/edit/" + someLink + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(count()).isEqualTo(before);

        SiteClient moderator = AccountsFixture.signedInStaff(
                context, port, AccountsFixture.confirmedMember(port, "en"), Role.MODERATOR);
        assertThat(moderator.get("/en/links/edit").statusCode()).isEqualTo(403);
        // An editor who signed in with the password but has not set up the second factor yet is refused too.
        String halfSignedIn = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, halfSignedIn, Role.EDITOR);
        assertThat(AccountsFixture.location(
                        AccountsFixture.signedIn(port, halfSignedIn).get("/en/links/edit")))
                .isEqualTo("/en/account/two-factor?required");

        assertThat(editor().get("/en/links/edit").statusCode()).isEqualTo(200);
        assertThat(AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.ADMIN)
                        .get("/ja/links/edit")
                        .statusCode())
                .isEqualTo(200);
        // Readers see no way to the editing pages.
        assertThat(member.get("/en/links").body()).doesNotContain("/en/links/edit");
    }

    @Test
    void anEditorsBadAddressIsRefusedWithClearErrorsAndAGoodLinkAppearsOnThePage() {
        SiteClient editor = editor();
        String title = AccountsFixture.unique("Pain clinic guide ");
        int before = count();

        Map<String, String> bad = goodLink(title);
        bad.put("url", "javascript:alert(1)");
        bad.put("titleJa", " ");
        HttpResponse<String> refused = editor.submit("/en/links/edit/new", "/en/links/edit/new", bad);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("This is not a web address we can link to.")
                .contains("Please enter a title in Japanese (up to 300 characters).")
                .contains("aria-invalid=\"true\"")
                .contains(title);
        assertThat(count()).isEqualTo(before);

        Map<String, String> noAddress = goodLink(title);
        noAddress.put("url", "");
        HttpResponse<String> missing = editor.submit("/ja/links/edit/new", "/ja/links/edit/new", noAddress);
        assertThat(missing.body()).contains("アドレスを入力してください。アドレスなしで載せられるのは書籍だけです。");
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> added = editor.submit("/en/links/edit/new", "/en/links/edit/new", goodLink(title));
        assertThat(location(added)).matches("/en/links/edit\\?done=added#link-\\d+");
        long id = Long.parseLong(location(added).replaceFirst(".*#link-", ""));
        assertThat(count()).isEqualTo(before + 1);
        assertThat(editor.get(location(added)).body())
                .contains("The link was added.")
                .contains(title);

        String english = new SiteClient(port).get("/en/links").body();
        assertThat(english)
                .contains(
                        "<a href=\"https://www.example.org/pain-clinic-guide\" rel=\"external noopener\" hreflang=\"ja\">"
                                + title + "</a>")
                .contains("A guide to finding a pain clinic.")
                .contains("<span class=\"badge\">Japanese</span>")
                .contains("Not yet checked by an editor");
        String japanese = new SiteClient(port).get("/ja/links").body();
        assertThat(japanese)
                .contains(title + "（日本語）")
                .contains("ペインクリニックの探し方の案内です。")
                .contains("<span class=\"badge\">日本語</span>");
        assertThat(audit("links.add", id)).isEqualTo(1);

        // A book needs no address.
        Map<String, String> book = goodLink(AccountsFixture.unique("A book "));
        book.put("kind", "books");
        book.put("url", "");
        assertThat(location(editor.submit("/en/links/edit/new", "/en/links/edit/new", book)))
                .contains("done=added");
    }

    @Test
    void anEditorChangesConfirmsChecksAndDeletesALink() {
        SiteClient editor = editor();
        String title = AccountsFixture.unique("Changing link ");
        long id = add(editor, goodLink(title));

        Map<String, String> changed = goodLink(title + " (new edition)");
        changed.put("url", "http://127.0.0.1:" + port + "/en/about");
        changed.put("position", "5");
        assertThat(location(editor.submit("/en/links/edit/" + id, "/en/links/edit/" + id, changed)))
                .isEqualTo("/en/links/edit?done=saved#link-" + id);
        assertThat(new SiteClient(port).get("/en/links").body()).contains(title + " (new edition)");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'links.edit' AND detail LIKE :id")
                        .param("id", "link " + id + " %")
                        .query(String.class)
                        .single())
                .endsWith("changed: title_en, title_ja, url, position");

        // Checked by an editor: the mark goes from the public page.
        editor.submit("/en/links/edit", "/en/links/edit/" + id + "/confirm", Map.of());
        assertThat(itemOnPublicPage(title)).doesNotContain("Not yet checked by an editor");
        assertThat(audit("links.editorChecked", id)).isEqualTo(1);

        // "Check now" runs the same checker, which on a real site never visits the machine's own addresses.
        assertThat(location(editor.submit("/en/links/edit", "/en/links/edit/" + id + "/check", Map.of())))
                .isEqualTo("/en/links/edit?done=checked#link-" + id);
        assertThat(jdbc.sql("SELECT check_status || ' ' || check_problem FROM link WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DEAD PRIVATE_ADDRESS");
        assertThat(itemOnPublicPage(title))
                .contains("This address points into a private network, which we do not visit.")
                .contains("Address last checked:");
        assertThat(editor.get("/ja/links/edit").body()).contains("non-public address: 127.0.0.1");
        assertThat(audit("links.check", id)).isEqualTo(1);

        HttpResponse<String> confirm = editor.get("/en/links/edit/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Delete this link?").contains(title);
        assertThat(location(editor.submit(
                        "/en/links/edit/" + id + "/delete", "/en/links/edit/" + id + "/delete", Map.of())))
                .isEqualTo("/en/links/edit?done=deleted");
        assertThat(new SiteClient(port).get("/en/links").body()).doesNotContain(title);
        assertThat(editor.get("/en/links/edit/" + id).statusCode()).isEqualTo(404);
        assertThat(audit("links.delete", id)).isEqualTo(1);
    }

    @Test
    void checkingAllWaitsWhileAnotherNodeHoldsTheLease() {
        SiteClient editor = editor();
        String otherNode = lease.acquire(LinkCheckJob.JOB, LinkCheckJob.LEASE);
        assertThat(otherNode).isNotNull();
        try {
            assertThat(location(editor.submit("/en/links/edit", "/en/links/edit/check-all", Map.of())))
                    .isEqualTo("/en/links/edit?done=busy");
        } finally {
            lease.release(LinkCheckJob.JOB, otherNode);
        }
    }

    private SiteClient editor() {
        return AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.EDITOR);
    }

    private long add(SiteClient editor, Map<String, String> fields) {
        String to = location(editor.submit("/en/links/edit/new", "/en/links/edit/new", fields));
        return Long.parseLong(to.replaceFirst(".*#link-", ""));
    }

    /** The public page's list item that holds this title. */
    private String itemOnPublicPage(String title) {
        String body = new SiteClient(port).get("/en/links").body();
        int at = body.indexOf(title);
        assertThat(at).as("%s on the link page", title).isPositive();
        return body.substring(body.lastIndexOf("<li id=\"link-", at), body.indexOf("</li>", at));
    }

    static Map<String, String> goodLink(String title) {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", "patients");
        fields.put("titleEn", title);
        fields.put("titleJa", title + "（日本語）");
        fields.put("url", "https://www.example.org/pain-clinic-guide");
        fields.put("language", "ja");
        fields.put("descriptionEn", "A guide to finding a pain clinic.");
        fields.put("descriptionJa", "ペインクリニックの探し方の案内です。");
        fields.put("position", "");
        fields.put("editorNote", "");
        return fields;
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM link").query(Integer.class).single();
    }

    private long anyLinkId() {
        return jdbc.sql("SELECT MIN(id) FROM link").query(Long.class).single();
    }

    private int audit(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND detail LIKE :id")
                .param("action", action)
                .param("id", "link " + id + " %")
                .query(Integer.class)
                .single();
    }
}
