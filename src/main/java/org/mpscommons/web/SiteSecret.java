package org.mpscommons.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Signs short values (form timestamps, device cookies) with a key the site generates at its first start and keeps in
 * the database, so that every node signs and checks alike and no operator has to invent a key.
 */
@Component
@NamedInterface("api")
public class SiteSecret {

    private static final String NAME = "signing-key";

    private final SecretKeySpec key;

    /**
     * One Mac per thread: looking one up and keying it costs more than the signature itself, and visitors' pages
     * carry a signed form time each.
     */
    private final ThreadLocal<Mac> macs;

    SiteSecret(JdbcClient jdbc, Clock clock) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreate(jdbc, clock)), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A URL-safe HMAC-SHA256 of the value. */
    public String sign(String value) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A 256-bit key for one purpose (an HMAC of the purpose's name under the site's key), so that a feature can
     * encrypt without a key of its own and no two purposes share one.
     */
    public byte[] derivedKey(String purpose) {
        return macs.get().doFinal(("key:" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in constant time, so the check does not leak how much of a forged signature was right. */
    public boolean verify(String value, String signature) {
        if (value == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(value).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String loadOrCreate(JdbcClient jdbc, Clock clock) {
        var existing = jdbc.sql("SELECT secret FROM site_secret WHERE name = :name")
                .param("name", NAME)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        try {
            jdbc.sql("INSERT INTO site_secret (name, secret, created_at) VALUES (:name, :secret, :now)")
                    .param("name", NAME)
                    .param("secret", Base64.getEncoder().encodeToString(bytes))
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // Fall through and use the one that node stored.
        }
        return jdbc.sql("SELECT secret FROM site_secret WHERE name = :name")
                .param("name", NAME)
                .query(String.class)
                .single();
    }
}
