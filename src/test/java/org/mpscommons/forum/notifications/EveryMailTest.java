package org.mpscommons.forum.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.unique;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.mpscommons.web.SiteAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of mail the site sends, made the way a member makes it (registering, registering again, forgetting the
 * password, changing it, moving to a new address, being answered, being thanked), in both languages: each subject
 * opens with the site's name, and each mail has a plain-text and an HTML part, the HTML in the member's language,
 * loading nothing and linking only to the site. It lives beside the digest job, which it runs instead of waiting for
 * the morning.
 */
@SiteTest
@Tag("db")
class EveryMailTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteAddress address;

    @Autowired
    Digests digests;

    @ParameterizedTest
    @CsvSource({
        "en, '[MPS Commons] ', Confirm your email address, Your account, Reset your password, Your password was changed,"
                + " Your email address is about to change, Confirm your new email address, replied in,"
                + " 1 new notification",
        "ja, 【MPS Commons】, メールアドレスの確認, アカウントについてのお知らせ, パスワードの再設定, パスワードが変更されました,"
                + " メールアドレス変更のお知らせ, 新しいメールアドレスの確認, 返信しました, 掲示板から新着のお知らせ"
    })
    void everyMailOpensWithTheSitesNameAndComesAsTextAndHtml(
            String lang,
            String site,
            String verify,
            String alreadyRegistered,
            String reset,
            String passwordChanged,
            String changeRequested,
            String confirmNew,
            String reply,
            String digest) {
        List<MimeMessage> mails = new ArrayList<>();
        String email = AccountsFixture.confirmedMember(port, lang);
        mails.add(TestMailServer.awaitMail(email, site + verify));

        new SiteClient(port)
                .submit(
                        "/" + lang + "/register",
                        "/" + lang + "/register",
                        Map.of("displayName", unique("Again"), "email", email, "password", PASSWORD, "website", ""));
        mails.add(TestMailServer.awaitMail(email, site + alreadyRegistered));

        new SiteClient(port)
                .submit("/" + lang + "/password-reset", "/" + lang + "/password-reset", Map.of("email", email));
        mails.add(TestMailServer.awaitMail(email, site + reset));

        SiteClient member = new SiteClient(port);
        signIn(member, lang, email, PASSWORD);
        String settings = "/" + lang + "/account/settings";
        String newPassword = "another fine passphrase";
        var changed = member.submit(
                settings, settings + "/password", Map.of("currentPassword", PASSWORD, "newPassword", newPassword));
        assertThat(location(changed)).isEqualTo(settings + "?done=password");
        mails.add(TestMailServer.awaitMail(email, site + passwordChanged));

        String newEmail = unique("moved") + "@example.jp";
        member.submit(settings, settings + "/email", Map.of("newEmail", newEmail, "emailPassword", newPassword));
        mails.add(TestMailServer.awaitMail(email, site + changeRequested));
        mails.add(TestMailServer.awaitMail(newEmail, site + confirmNew));

        // The forum's mails: a reply at once, a reaction in the daily mail.
        long id = AccountsFixture.memberId(context, email);
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", id)
                .update();
        String path = ForumFixture.startTopic(member, unique("Every mail "), "Where does it hurt?");
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.reply(forum.member().client(), path, "In the shoulder.");
        mails.add(TestMailServer.awaitMail(email, reply));
        long opening = ForumFixture.postId(jdbc, path, 1);
        forum.member().client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "helpful"));
        awaitNotifications(id, 2);
        digests.sendDue();
        mails.add(TestMailServer.awaitMail(email, site + digest));

        assertThat(mails).extracting(TestMailServer::subject).allMatch(subject -> subject.startsWith(site));
        // Nothing to these addresses lacks the site's name.
        assertThat(TestMailServer.mailsTo(email))
                .extracting(TestMailServer::subject)
                .allMatch(subject -> subject.startsWith(site));
        for (MimeMessage mail : mails) {
            assertTextAndHtml(mail, lang);
        }
    }

    private void assertTextAndHtml(MimeMessage mail, String lang) {
        String subject = TestMailServer.subject(mail);
        try {
            assertThat(mail.isMimeType("multipart/alternative")).as(subject).isTrue();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        String plain = TestMailServer.plainText(mail);
        String html = TestMailServer.html(mail);
        assertThat(plain).as(subject).isNotBlank();
        assertThat(html)
                .as(subject)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"" + lang + "\">")
                // Nothing is fetched when the mail is opened: no images, styles, fonts or frames from anywhere.
                .doesNotContainPattern("(?i)<(img|link|script|iframe|object|embed|video|audio|source)\\b")
                .doesNotContainPattern("(?i)\\b(src|srcset|background)\\s*=")
                .doesNotContainPattern("(?i)url\\(|@import");
        // Every link is absolute, to the site, and every link of the plain text is in the HTML too.
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            assertThat(href.group(1)).as(subject).startsWith(address.base() + "/");
            assertThat(plain).as(subject).contains(href.group(1).replace("&amp;", "&"));
            links++;
        }
        assertThat(links).as(subject).isPositive();
    }

    private void awaitNotifications(long member, int count) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (jdbc.sql("SELECT COUNT(*) FROM notification WHERE member_id = :member")
                        .param("member", member)
                        .query(Long.class)
                        .single()
                < count) {
            assertThat(System.nanoTime()).as("notifications written").isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
