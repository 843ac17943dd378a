package org.mpscommons.doctorkit;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mpscommons.web.Language;
import org.mpscommons.web.SiteSecret;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Keeps the kit's answers between its steps in the patient's own browser: a cookie encrypted and authenticated with
 * AES-GCM under a key derived from the site's secret, scoped to the kit's addresses, gone when the browser closes
 * and refused after {@link #LIFETIME}. The steps can then answer every post with a redirect to a plain page (so the
 * back button never asks to send a form again) while the answers never enter a URL, a log line or the database.
 *
 * <p>Why a cookie and not the page: without JavaScript a page can only carry answers to the next page in a form post,
 * and a page reached by a redirect has none. The answers compress well (ids from the vocabulary, given to the
 * compressor as a dictionary), so even every place, every diagnosis and treatment and a 600-character Japanese note
 * stay under the 4 KB a browser keeps per cookie (KitCookieTest).
 */
@Component
class KitCookie {

    static final String NAME = "mps_kit";

    /** Long enough to pause for a cup of tea or a call, short enough that a shared computer forgets. */
    static final Duration LIFETIME = Duration.ofHours(6);

    private static final int VERSION = 1;
    private static final byte[] ASSOCIATED = "mps-kit-answers".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the cookie held: the answers, and the step last sent with problems (0 for none), or that it ran out. */
    record Kept(KitAnswers answers, int attempted, boolean expired) {

        static final Kept NONE = new Kept(KitAnswers.empty(), 0, false);

        boolean present() {
            return this != NONE && !expired;
        }
    }

    private final SecretKeySpec key;
    private final byte[] dictionary;
    private final Clock clock;

    KitCookie(SiteSecret secret, Clock clock) {
        this.key = new SecretKeySpec(secret.derivedKey("doctor-kit-answers"), "AES");
        this.dictionary = dictionary(Vocabulary.SHIPPED);
        this.clock = clock;
    }

    Kept read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Kept.NONE;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                Optional<Kept> kept = open(cookie.getValue());
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
        }
        return Kept.NONE;
    }

    /** Keeps the answers for both languages' kit pages, so that switching the page's language keeps them too. */
    void write(HttpServletRequest request, HttpServletResponse response, KitAnswers answers, int attempted) {
        String value = seal(answers, attempted, clock.instant().plus(LIFETIME));
        for (Language language : Language.values()) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, language, value, false));
        }
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        for (Language language : Language.values()) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, language, "", true));
        }
    }

    private static String cookie(HttpServletRequest request, Language language, String value, boolean expire) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(NAME, value)
                .path("/" + language.code() + "/doctor-kit")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax");
        if (expire) {
            cookie.maxAge(0);
        }
        return cookie.build().toString();
    }

    String seal(KitAnswers answers, int attempted, Instant expires) {
        try {
            byte[] plain = deflate(serialize(answers, attempted, expires));
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the value was not sealed here (forged, damaged, from another site's key) or is malformed. */
    Optional<Kept> open(String value) {
        try {
            byte[] in = Base64.getUrlDecoder().decode(value);
            if (in.length < 12 + 16) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(ASSOCIATED);
            byte[] plain = cipher.doFinal(in, 12, in.length - 12);
            return Optional.of(deserialize(inflate(plain)));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException | DataFormatException e) {
            return Optional.empty();
        }
    }

    private static byte[] serialize(KitAnswers answers, int attempted, Instant expires) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(expires.getEpochSecond());
            out.writeByte(attempted);
            writeList(out, answers.regions());
            out.writeUTF(answers.since());
            writeList(out, answers.diagnoses());
            writeList(out, answers.treatments());
            out.writeUTF(answers.letterLanguage());
            // A note longer than the form allows is kept one character over, enough to say it is too long. UTF-16:
            // two bytes for a Japanese character where UTF-8 takes three.
            byte[] note = answers.note()
                    .codePoints()
                    .limit(KitAnswers.NOTE_MAX + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .getBytes(StandardCharsets.UTF_16BE);
            out.writeShort(note.length);
            out.write(note);
            out.writeUTF(answers.age());
            out.writeUTF(answers.signsShown());
            out.writeBoolean(answers.save());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Kept deserialize(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                return Kept.NONE;
            }
            Instant expires = Instant.ofEpochSecond(in.readLong());
            int attempted = in.readByte();
            KitAnswers answers = new KitAnswers(
                    readList(in),
                    in.readUTF(),
                    readList(in),
                    readList(in),
                    in.readUTF(),
                    readNote(in),
                    in.readUTF(),
                    in.readUTF(),
                    in.readBoolean());
            if (clock.instant().isAfter(expires)) {
                return new Kept(KitAnswers.empty(), 0, true);
            }
            return new Kept(answers, attempted, false);
        }
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        // A hand-made post can send many values: keep what a real form can send and no more.
        List<String> kept = values.size() > 255 ? values.subList(0, 255) : values;
        out.writeByte(kept.size());
        for (String value : kept) {
            out.writeUTF(value.length() > 100 ? value.substring(0, 100) : value);
        }
    }

    private static String readNote(DataInputStream in) throws IOException {
        byte[] note = new byte[in.readUnsignedShort()];
        in.readFully(note);
        return new String(note, StandardCharsets.UTF_16BE);
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int count = in.readUnsignedByte();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setDictionary(dictionary);
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 3);
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsDictionary()) {
                    inflater.setDictionary(dictionary);
                } else if (n == 0 && (inflater.needsInput() || out.size() > 64 * 1024)) {
                    throw new DataFormatException("truncated or too large");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** Every id the answers can hold, the likeliest last (a deflate dictionary reaches back from its end). */
    private static byte[] dictionary(Vocabulary vocabulary) {
        StringBuilder words = new StringBuilder();
        vocabulary
                .treatments()
                .keySet()
                .forEach(id -> words.append(id).append(":better").append(":same:worse"));
        vocabulary.diagnoses().keySet().forEach(words::append);
        vocabulary.body().places().forEach(place -> words.append(place.id()));
        return words.toString().getBytes(StandardCharsets.UTF_8);
    }
}
