package org.mpscommons;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) for the whole test JVM, on a port chosen once; see {@link SiteTest}. */
public final class TestMailServer {

    public static final int PORT = freePort();
    private static GreenMail server;

    public static synchronized GreenMail shared() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Waits until a mail to {@code recipient} whose subject contains {@code subjectPart} arrives, and returns it. */
    public static MimeMessage awaitMail(String recipient, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : shared().getReceivedMessages()) {
                if (isTo(message, recipient) && subject(message).contains(subjectPart)) {
                    return message;
                }
            }
            sleep();
        }
        throw new AssertionError("No mail to " + recipient + " with subject containing \"" + subjectPart + "\"");
    }

    /** Waits until at least {@code count} such mails have arrived, then a moment longer for any stragglers. */
    public static List<MimeMessage> awaitMails(String recipient, String subjectPart, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (matching(recipient, subjectPart).size() < count && Instant.now().isBefore(deadline)) {
            sleep();
        }
        Instant settle = Instant.now().plus(Duration.ofMillis(1500));
        while (Instant.now().isBefore(settle)) {
            sleep();
        }
        return matching(recipient, subjectPart);
    }

    private static List<MimeMessage> matching(String recipient, String subjectPart) {
        return mailsTo(recipient).stream()
                .filter(m -> subject(m).contains(subjectPart))
                .toList();
    }

    public static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(shared().getReceivedMessages())
                .filter(m -> isTo(m, recipient))
                .toList();
    }

    /** The first link in the mail's body that leads to {@code pathPart}, relative to the site. */
    public static String link(MimeMessage message, String pathPart) {
        Matcher matcher = Pattern.compile("https?://[^/\\s\"]+([^\\s\"<]*" + Pattern.quote(pathPart) + "[^\\s\"<]*)")
                .matcher(plainText(message));
        if (!matcher.find()) {
            throw new AssertionError("No link to " + pathPart + " in: " + plainText(message));
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The decoded text/plain part, as the recipient reads it. */
    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text/html part, or null when the mail has none. */
    public static String html(Part part) {
        try {
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String html = html(multipart.getBodyPart(i));
                    if (html != null) {
                        return html;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestMailServer() {}
}
