package org.guaranteelab.base;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for per-client limits: the address the connection comes from. X-Forwarded-For is
 * read only when that address is a configured trusted proxy ({@code guarantee-lab.trusted-proxies},
 * addresses or CIDR ranges, comma-separated; none by default), because anyone can send the header.
 * IPv6 clients are keyed by their /64, which one household or phone can rotate addresses within.
 * From a Vaadin view: {@code clientKeys.of(VaadinServletRequest.getCurrent().getHttpServletRequest())}.
 */
@Component
public class ClientKeys {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)](?::\\d{1,5})?");
    private static final int IPV6_NETWORK_BYTES = 8;

    private final List<AddressRange> trustedProxies;

    public ClientKeys(@Value("${guarantee-lab.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(AddressRange::parse)
                .toList();
    }

    public String of(HttpServletRequest request) {
        var peer = literal(request.getRemoteAddr());
        if (peer.isEmpty()) {
            return request.getRemoteAddr();
        }
        return key(isTrusted(peer.get()) ? forwardedClient(peer.get(), request) : peer.get());
    }

    /**
     * The key of a connection's peer, for limits on open connections: empty for a trusted proxy,
     * whose connections carry many clients.
     */
    public Optional<String> ofConnection(InetAddress peer) {
        return isTrusted(peer) ? Optional.empty() : Optional.of(key(peer));
    }

    /**
     * The nearest address in the chain that is not a trusted proxy. Only entries appended by
     * trusted proxies are believed: the chain is read from the right, and whatever the client
     * itself put on the left is never reached unless every proxy before it is trusted.
     */
    private InetAddress forwardedClient(InetAddress peer, HttpServletRequest request) {
        var hops = new ArrayList<String>();
        Collections.list(request.getHeaders("X-Forwarded-For"))
                .forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
        var nearest = peer;
        for (var hop : hops.reversed()) {
            var address = literal(hop);
            if (address.isEmpty()) {
                return nearest;
            }
            nearest = address.get();
            if (!isTrusted(nearest)) {
                return nearest;
            }
        }
        return nearest;
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            var network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
            return literal(network).getHostAddress() + "/64";
        }
        return address.getHostAddress();
    }

    /** Parses an IP literal, with or without a port; never asks DNS, whatever the text. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var candidate = text.strip();
        var bracketed = BRACKETED.matcher(candidate);
        var withPort = IPV4_WITH_PORT.matcher(candidate);
        if (bracketed.matches()) {
            candidate = bracketed.group(1);
        } else if (withPort.matches()) {
            candidate = withPort.group(1);
        }
        // Only strings that are IP literals reach getByName: for those it parses and never resolves.
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static InetAddress literal(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    /** An address or a CIDR range of them, e.g. 10.0.0.0/8 or fd00::/8. */
    private record AddressRange(byte[] network, int prefixLength) {

        static AddressRange parse(String entry) {
            var slash = entry.indexOf('/');
            var address = literal(slash < 0 ? entry : entry.substring(0, slash)).orElseThrow(() ->
                    new IllegalArgumentException("guarantee-lab.trusted-proxies: '" + entry + "' is not an IP address or range"));
            var bits = address.getAddress().length * 8;
            var prefix = slash < 0 ? bits : parsePrefix(entry, entry.substring(slash + 1), bits);
            return new AddressRange(address.getAddress(), prefix);
        }

        private static int parsePrefix(String entry, String prefix, int bits) {
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
                throw new IllegalArgumentException("guarantee-lab.trusted-proxies: '" + entry + "' has an invalid prefix length");
            }
            return Integer.parseInt(prefix);
        }

        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                var mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
