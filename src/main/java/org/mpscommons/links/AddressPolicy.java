package org.mpscommons.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which network addresses the link checker may connect to: public ones only. An editor's link, or a redirect from
 * a linked site, could otherwise make the server probe its own network (an admin page on loopback, a cloud metadata
 * service on a link-local address, a database on a private one). Loopback can be allowed for tests, which serve
 * their pages on 127.0.0.1; nothing else can.
 */
final class AddressPolicy {

    /** Thrown (as the DNS lookup's failure) for a host that has any address the checker must not visit. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String host, InetAddress address) {
            super(host + " has a non-public address: " + address.getHostAddress());
        }
    }

    private final boolean allowLoopback;

    AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /**
     * Resolves a host and refuses it if any of its addresses is not public: a name with one public and one private
     * address could be reached at either.
     */
    InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new RefusedAddressException(host, address);
            }
        }
        return addresses;
    }

    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        return isPublic(address);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(b);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network" 0.0.0.0/8
                && first != 10
                && first != 127 // private, loopback (also caught above)
                && !(first == 100 && (second & 0xc0) == 64) // carrier-grade NAT 100.64.0.0/10
                && !(first == 169 && second == 254) // link-local 169.254.0.0/16 (cloud metadata)
                && !(first == 172 && (second & 0xf0) == 16) // private 172.16.0.0/12
                && !(first == 192 && second == 168) // private 192.168.0.0/16
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0.0/24
                && !(first == 198 && (second & 0xfe) == 18) // benchmarking 198.18.0.0/15
                && first < 224; // multicast 224/4, reserved 240/4, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc // unique local fc00::/7
                || first == 0xff // multicast ff00::/8
                || (first == 0xfe && (b[1] & 0xc0) == 0x80) // link-local fe80::/10
                || (first == 0xfe && (b[1] & 0xc0) == 0xc0)) { // site-local fec0::/10 (deprecated)
            return false;
        }
        // Addresses that carry an IPv4 address inside are judged by it: IPv4-compatible ::a.b.c.d and IPv4-mapped
        // ::ffff:a.b.c.d (Java turns the mapped ones into IPv4 already), NAT64 64:ff9b::/96 and 6to4 2002::/16.
        if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (first == 0
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (first == 0x20 && b[1] == 0x02) {
            return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        return !allZero(b, 0, 16);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
