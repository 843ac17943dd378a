package org.mpscommons.accounts;

/** What the two-factor page shows: the state, or the secret being set up as text, URI and QR code (inline SVG). */
public record TwoFactorEnrolment(
        boolean enabled, int recoveryCodesLeft, String secret, String otpauthUri, String qrSvg) {}
