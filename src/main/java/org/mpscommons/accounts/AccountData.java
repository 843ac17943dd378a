package org.mpscommons.accounts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.mail.Mailer;
import org.springframework.stereotype.Service;

/**
 * Everything the site holds about a member, for "download my data": the account here, and every other feature's
 * part ({@link AccountDataPart}: forum posts, error reports…) so that the export stays complete.
 */
@Service
class AccountData {

    private final MemberRepository members;
    private final TwoFactor twoFactor;
    private final Mailer mailer;
    private final AuditLog audit;
    private final List<AccountDataPart> parts;
    private final AvatarRepository avatars;

    AccountData(
            MemberRepository members,
            TwoFactor twoFactor,
            Mailer mailer,
            AuditLog audit,
            List<AccountDataPart> parts,
            AvatarRepository avatars) {
        this.parts = parts;
        this.avatars = avatars;
        this.members = members;
        this.twoFactor = twoFactor;
        this.mailer = mailer;
        this.audit = audit;
    }

    Map<String, Object> export(long memberId, Instant now) {
        Member member = members.findById(memberId).orElseThrow();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", member.id());
        account.put("displayName", member.displayName());
        account.put("email", member.email());
        account.put("emailVerifiedAt", string(member.emailVerifiedAt()));
        account.put("language", member.language().code());
        account.put("createdAt", string(member.createdAt()));
        account.put("roles", member.roles().stream().map(Role::name).sorted().toList());
        account.put("profession", member.profession());
        account.put("suspendedReason", member.suspendedReason());
        account.put("twoFactorEnabled", twoFactor.isEnabled(memberId));
        account.put("unusedRecoveryCodes", twoFactor.unusedRecoveryCodes(memberId));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", now.toString());
        data.put("site", "MPS Commons");
        data.put("account", account);
        data.put(
                "profilePicture",
                avatars.ofMember(memberId).map(AccountData::picture).orElse(null));
        data.put("adminActionsAboutYou", auditEntries(memberId));
        data.put(
                "mailsSentToYou",
                mailer.mailsTo(member.email()).stream()
                        .map(mail -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("createdAt", string(mail.createdAt()));
                            entry.put("subject", mail.subject());
                            entry.put("status", mail.status());
                            return entry;
                        })
                        .toList());
        for (AccountDataPart part : parts) {
            data.put(part.name(), part.export(memberId));
        }
        return data;
    }

    private List<Map<String, Object>> auditEntries(long memberId) {
        return audit.aboutMember(memberId).stream()
                .map(entry -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("at", string(entry.occurredAt()));
                    item.put("action", entry.action());
                    item.put("detail", entry.detail());
                    item.put("reason", entry.reason());
                    return item;
                })
                .toList();
    }

    /** The picture as stored (the larger size; the smaller is made from the same square), in the file itself. */
    private static Map<String, Object> picture(AvatarRepository.StoredAvatar avatar) {
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("uploadedAt", string(avatar.createdAt()));
        picture.put("contentType", avatar.contentType());
        picture.put("base64", java.util.Base64.getEncoder().encodeToString(avatar.large()));
        return picture;
    }

    private static String string(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
