package al.childprotection.notification.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A ministry's callback reaches only a public address: never loopback, "this network" (0.0.0.0/8, ::), private
 * (10/8, 172.16/12, 192.168/16), shared (100.64/10), link-local (169.254/16, where cloud metadata answers;
 * fe80::/10), unique-local (fc00::/7), multicast, broadcast or reserved, nor an IPv6 address that carries such an
 * IPv4 address (IPv4-mapped, IPv4-compatible, NAT64). Every address a name resolves to must pass, and the one
 * connected to is one that passed. An internal endpoint passes only through the allow-list in configuration
 * ({@code platform.feed.callbacks.allowed}).
 * <p>
 * Names that are never a ministry's endpoint (RFC 6761 and RFC 6762 special-use names) are decided without asking
 * DNS: {@code localhost} is loopback, {@code .invalid}, {@code .test}, {@code .example}, {@code .local},
 * {@code .internal}, {@code .home.arpa} and {@code .onion} resolve to nothing.
 */
public final class CallbackAddressPolicy {

    /** How a name becomes addresses (the system resolver in service; a fixed table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<String> NEVER_RESOLVED = List.of("invalid", "test", "example", "local", "internal",
            "home.arpa", "onion");

    private final List<AllowedEndpoint> allowed;
    private final Resolver resolver;

    public CallbackAddressPolicy(List<String> allowList, Resolver resolver) {
        this.allowed = allowList.stream().map(AllowedEndpoint::parse).toList();
        this.resolver = resolver;
    }

    /**
     * The address to connect to for this host and port: the first the name resolves to, once every one of them
     * passed. Blocks while the name resolves. Throws {@link Refused} when the name resolves to nothing or any of its
     * addresses is refused.
     */
    public InetAddress checkedAddress(String host, int port) {
        List<InetAddress> addresses = resolve(host);
        if (addresses.isEmpty()) {
            throw new Refused();
        }
        for (InetAddress address : addresses) {
            if (!permits(address, port)) {
                throw new Refused();
            }
        }
        return addresses.get(0);
    }

    /** Whether a connection to this address and port may be made: a public address, or an allow-listed one. */
    public boolean permits(InetAddress address, int port) {
        return !isInternal(address) || allowed.stream().anyMatch(a -> a.matches(address, port));
    }

    private List<InetAddress> resolve(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        for (String suffix : NEVER_RESOLVED) {
            if (name.equals(suffix) || name.endsWith("." + suffix)) {
                return List.of();
            }
        }
        try {
            return Arrays.asList(resolver.resolve(name));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** Loopback, private, shared, link-local, unique-local, multicast, reserved, or an IPv6 form of one. */
    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isInternal(embedded);
            }
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()
                    || (b[0] & 0xFE) == 0xFC // fc00::/7 unique-local
                    || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8); // 2001:db8::/32
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 // 0.0.0.0/8 "this network"
                || first == 10 // 10/8
                || first == 127 // loopback
                || (first == 100 && (second & 0xC0) == 64) // 100.64/10 shared (CGNAT)
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && (second & 0xF0) == 16) // 172.16/12
                || (first == 192 && second == 168) // 192.168/16
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) // 192.0.0/24 protocol assignments
                || (first == 198 && (second & 0xFE) == 18) // 198.18/15 benchmarking
                || first >= 224; // multicast, reserved, broadcast
    }

    /** The IPv4 address an IPv4-mapped (::ffff:a.b.c.d), -compatible (::a.b.c.d) or NAT64 (64:ff9b::/96) holds. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                && allZero(b, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether bytes from (inclusive) to to (exclusive) are all zero. */
    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The callback may not be reached; deliberately without the reason, which would tell a prober too much. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused() {
            super("the callback address is not allowed", null, false, false);
        }
    }

    /**
     * One entry of the allow-list: an address or a network in CIDR notation, optionally with one port:
     * {@code 127.0.0.1}, {@code 10.20.0.0/16}, {@code 127.0.0.1:8443}, {@code [::1]:8443}, {@code fd00::/8}.
     * Addresses only, never names: what a name resolves to changes.
     */
    record AllowedEndpoint(byte[] network, int prefixLength, int port) {

        static AllowedEndpoint parse(String entry) {
            String text = entry.trim();
            String address = text;
            int port = -1;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                address = text.substring(1, close);
                if (close + 1 < text.length()) {
                    port = Integer.parseInt(text.substring(close + 2));
                }
            } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
                address = text.substring(0, text.indexOf(':'));
                port = Integer.parseInt(text.substring(text.indexOf(':') + 1));
            }
            int slash = address.indexOf('/');
            String literal = slash < 0 ? address : address.substring(0, slash);
            // an IPv4 dotted quad or an IPv6 literal only: anything else ("dead.beef") would be looked up as a name
            if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !literal.matches("[0-9a-fA-F.]*:[0-9a-fA-F:.]*")) {
                throw new IllegalArgumentException("platform.feed.callbacks.allowed: '" + entry
                        + "' is not an IP address or network");
            }
            byte[] network;
            try {
                network = InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("platform.feed.callbacks.allowed: '" + entry + "'", e);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(address.substring(slash + 1));
            return new AllowedEndpoint(network, prefix, port);
        }

        boolean matches(InetAddress address, int port) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length || (this.port >= 0 && this.port != port)) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
