package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the link checker may visit: public ones, and loopback only where tests allow it. */
class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.1",
                "10.255.255.255",
                "100.64.0.1",
                "100.127.255.254",
                "127.0.0.1",
                "127.1.2.3",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.0.0.8",
                "192.168.1.1",
                "198.18.0.1",
                "198.19.255.255",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "fec0::1",
                "ff02::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1",
                "::10.0.0.1",
                "64:ff9b::a9fe:a9fe",
                "2002:c0a8:0101::1"
            })
    void nonPublicAddressesAreRefused(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
        assertThat(new AddressPolicy(false).allowed(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.1.1.1",
                "8.8.8.8",
                "93.184.215.14",
                "100.63.255.255",
                "100.128.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "192.167.1.1",
                "198.17.0.1",
                "223.255.255.254",
                "2606:4700:4700::1111",
                "2001:4860:4860::8888",
                "64:ff9b::808:808",
                "2002:0808:0808::1"
            })
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
        assertThat(new AddressPolicy(false).allowed(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "localhost"})
    void loopbackOnlyWhenAllowed(String host) throws UnknownHostException {
        assertThat(new AddressPolicy(true).resolve(host)).isNotEmpty();
        assertThatThrownBy(() -> new AddressPolicy(false).resolve(host))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "fd00::1"})
    void allowingLoopbackAllowsNothingElse(String host) {
        assertThatThrownBy(() -> new AddressPolicy(true).resolve(host))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class)
                .hasMessageContaining("non-public address");
    }
}
