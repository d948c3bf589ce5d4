package dev.crm.gateway.forwarding;

import java.util.ArrayList;
import java.util.List;

/** The parts of an RFC 7239 {@code Forwarded} header: {@code for=192.0.2.60;proto=https, for="[2001:db8::17]:4711"}. */
final class ForwardedHeader {

    private ForwardedHeader() {}

    /** One entry per hop, left (first proxy) to right (last), across repeated header lines. */
    static List<String> elements(List<String> headerValues) {
        List<String> elements = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                if (!element.isBlank()) elements.add(element);
            }
        }
        return elements;
    }

    /** A parameter's value without quotes, or null. */
    static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String value = pair.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The named parameter of the first hop that has it, or null. */
    static String first(List<String> headerValues, String name) {
        return elements(headerValues).stream().map(e -> parameter(e, name)).filter(v -> v != null).findFirst().orElse(null);
    }

    /** The address of a node ({@code 192.0.2.60:47011}, {@code [2001:db8::17]:4711}) without its port; null stays null. */
    static String node(String node) {
        if (node == null) return null;
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end < 0 ? node : node.substring(1, end);
        }
        int colon = node.indexOf(':');
        return colon >= 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }
}
