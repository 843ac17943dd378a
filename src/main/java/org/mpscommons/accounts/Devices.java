package org.mpscommons.accounts;

/** "Firefox on Android": enough for a member to recognise a session in their list, no more. */
final class Devices {

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = userAgent.contains("Firefox/")
                ? "Firefox"
                : userAgent.contains("Edg/")
                        ? "Edge"
                        : userAgent.contains("Chrome/") || userAgent.contains("Chromium/")
                                ? "Chrome"
                                : userAgent.contains("Safari/") ? "Safari" : "Browser";
        String system = userAgent.contains("Android")
                ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad")
                        ? "iOS"
                        : userAgent.contains("Windows")
                                ? "Windows"
                                : userAgent.contains("Mac OS") ? "macOS" : userAgent.contains("Linux") ? "Linux" : null;
        return system == null ? browser : browser + " / " + system;
    }

    private Devices() {}
}
