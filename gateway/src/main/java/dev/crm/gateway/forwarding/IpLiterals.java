package dev.crm.gateway.forwarding;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP addresses written as text by clients and proxies; anything else (a host name, "unknown", junk) is no address. */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}(%[0-9a-zA-Z]{1,16})?");

    private IpLiterals() {}

    static Optional<InetAddress> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        boolean literal = s.indexOf(':') >= 0 ? IPV6.matcher(s).matches() : IPV4.matcher(s).matches() && octetsFit(s);
        if (!literal) return Optional.empty();
        try {
            // a literal: no name lookup happens
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** 999.1.1.1 is no literal to the JDK, which would then look it up as a host name. */
    private static boolean octetsFit(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) return false;
        }
        return true;
    }
}
