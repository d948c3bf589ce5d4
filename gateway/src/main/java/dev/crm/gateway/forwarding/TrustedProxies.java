package dev.crm.gateway.forwarding;

import java.net.InetAddress;
import java.util.List;

/** The proxies whose forwarded headers are believed: a list of CIDR ranges (or single addresses); none by default. */
final class TrustedProxies {

    private final List<Range> ranges;

    TrustedProxies(List<String> cidrs) {
        this.ranges = cidrs == null ? List.of() : cidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(InetAddress address) {
        byte[] bytes = address.getAddress();
        return ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] network = IpLiterals.parse(slash < 0 ? cidr : cidr.substring(0, slash)).map(InetAddress::getAddress)
                    .orElseThrow(() -> invalid(cidr));
            try {
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) throw invalid(cidr);
                return new Range(network, bits);
            } catch (NumberFormatException e) {
                throw invalid(cidr);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) return false;
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }

        private static IllegalArgumentException invalid(String cidr) {
            return new IllegalArgumentException("CRM_TRUSTED_PROXIES: '" + cidr + "' is not an IP address or CIDR range");
        }
    }
}
