package al.childprotection.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@link CallbackAddressPolicy}, checked on address values only: no test here connects anywhere, and
 * names resolve through a fixed table, never through DNS.
 */
class CallbackAddressPolicyTests {

    /** What the names of these tests resolve to; a name not in it does not exist. */
    private static final Map<String, List<String>> DNS = Map.of(
            "ministry.gov.al", List.of("193.105.10.20"),
            "rebound.gov.al", List.of("193.105.10.21", "127.0.0.1"),
            "metadata.gov.al", List.of("169.254.169.254"),
            "private.gov.al", List.of("10.20.30.40"),
            "v6private.gov.al", List.of("fd12:3456::1"),
            "mapped.gov.al", List.of("::ffff:7f00:1"));

    private final List<String> asked = new ArrayList<>();

    private CallbackAddressPolicy policy(String... allowList) {
        return new CallbackAddressPolicy(List.of(allowList), host -> {
            asked.add(host);
            List<String> addresses = DNS.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] result = new InetAddress[addresses.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = InetAddress.getByName(addresses.get(i)); // literals: no lookup
            }
            return result;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "100.64.0.1", "100.127.255.254", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8", "::1", "::",
            "fc00::1", "fd12:3456:789a::1", "fe80::1", "fe80::abcd:1234", "ff02::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2001:db8::1" })
    void anInternalAddressIsRefused(String literal) throws Exception {
        InetAddress address = literalOf(literal);
        assertThat(CallbackAddressPolicy.isInternal(address)).as(literal).isTrue();
        assertThat(policy().permits(address, 443)).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "193.105.10.20", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.1.1", "11.0.0.1", "192.169.0.1", "2a02:4780::1", "2001:4860::8888" })
    void aPublicAddressIsPermitted(String literal) throws Exception {
        assertThat(CallbackAddressPolicy.isInternal(literalOf(literal))).as(literal).isFalse();
        assertThat(policy().permits(literalOf(literal), 443)).as(literal).isTrue();
    }

    @Test
    void anIpv4MappedIpv6AddressIsJudgedByTheIpv4AddressItCarries() throws Exception {
        // built from its bytes, so that Java does not turn it into an IPv4 address first
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 127;
        mapped[15] = 1;
        InetAddress loopback = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertThat(loopback).isInstanceOf(java.net.Inet6Address.class);
        assertThat(policy().permits(loopback, 443)).isFalse();
        mapped[12] = (byte) 193;
        mapped[13] = 105;
        assertThat(policy().permits(java.net.Inet6Address.getByAddress(null, mapped, -1), 443)).isTrue();
    }

    @Test
    void aNameIsCheckedByEveryAddressItResolvesTo() {
        assertThat(policy().checkedAddress("ministry.gov.al", 443).getHostAddress()).isEqualTo("193.105.10.20");
        for (String name : List.of("rebound.gov.al", "metadata.gov.al", "private.gov.al", "v6private.gov.al",
                "mapped.gov.al", "unknown.gov.al")) {
            assertThatThrownBy(() -> policy().checkedAddress(name, 443)).as(name)
                    .isInstanceOf(CallbackAddressPolicy.Refused.class);
        }
    }

    @Test
    void specialUseNamesAreDecidedWithoutAskingDns() {
        for (String name : List.of("localhost", "LOCALHOST.", "admin.localhost", "ministry.invalid", "x.test",
                "health.example", "printer.local", "db.internal", "router.home.arpa", "abc.onion")) {
            assertThatThrownBy(() -> policy().checkedAddress(name, 8180)).as(name)
                    .isInstanceOf(CallbackAddressPolicy.Refused.class);
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void theAllowListLetsThroughOnlyWhatItNames() throws Exception {
        // address values only (literals, no lookup, no connection): the rule is checked, never tried
        CallbackAddressPolicy policy = policy("127.0.0.1:9", "10.20.0.0/16", "[::1]:8443", "fd00::/8");
        assertThat(policy.permits(literalOf("127.0.0.1"), 9)).isTrue();
        assertThat(policy.permits(literalOf("127.0.0.1"), 5432)).isFalse();
        assertThat(policy.permits(literalOf("127.0.0.2"), 9)).isFalse();
        assertThat(policy.permits(literalOf("10.20.30.40"), 5432)).isTrue();
        assertThat(policy.permits(literalOf("10.21.0.1"), 443)).isFalse();
        assertThat(policy.permits(literalOf("::1"), 8443)).isTrue();
        assertThat(policy.permits(literalOf("::1"), 443)).isFalse();
        assertThat(policy.permits(literalOf("fd12:3456::1"), 443)).isTrue();
        assertThat(policy.permits(literalOf("fc00::1"), 443)).isFalse();
        assertThat(policy.permits(literalOf("169.254.169.254"), 80)).isFalse();
        // localhost is loopback: allow-listed 127.0.0.1:9 lets it through on that port only
        assertThat(policy.checkedAddress("localhost", 9).getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> policy.checkedAddress("localhost", 8180))
                .isInstanceOf(CallbackAddressPolicy.Refused.class);
        assertThat(policy.checkedAddress("private.gov.al", 443).getHostAddress()).isEqualTo("10.20.30.40");
    }

    @Test
    void anAllowListEntryThatIsNotAnAddressStopsTheService() {
        assertThatThrownBy(() -> policy("ministry.gov.al")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform.feed.callbacks.allowed");
        // hex letters and dots make a name, not an address: refused before any lookup could be made
        assertThatThrownBy(() -> policy("dead.beef")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform.feed.callbacks.allowed");
    }

    private static InetAddress literalOf(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
