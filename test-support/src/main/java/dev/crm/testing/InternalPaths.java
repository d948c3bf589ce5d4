package dev.crm.testing;

import java.util.List;

/**
 * The ways an attacker spells a service-to-service path so that a check on the raw text misses it while
 * the server still routes it: percent-encoding, encoded and doubled slashes, dot segments, path
 * parameters, other letter case, a trailing slash.
 */
public final class InternalPaths {

    private InternalPaths() {}

    /** Spellings of {@code path} (which starts with {@code /internal/}), none of them the plain one. */
    public static List<String> spellingsOf(String path) {
        if (!path.startsWith("/internal/")) throw new IllegalArgumentException("not an internal path: " + path);
        String rest = path.substring("/internal".length());
        return List.of(
                "/%69nternal" + rest,
                "/%69%6E%74%65%72%6E%61%6C" + rest,
                "/internal%2F" + rest.substring(1),
                "/%2Finternal" + rest,
                "//internal" + rest,
                "/./internal" + rest,
                "/x/../internal" + rest,
                "/api/%2E%2E/internal" + rest,
                "/internal;x=1" + rest,
                "/internal" + rest.replaceFirst("/", "/;/"),
                "/INTERNAL" + rest,
                "/Internal" + rest,
                path + "/",
                path + ";jsessionid=1",
                path + "%20");
    }
}
