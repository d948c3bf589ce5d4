package dev.crm.deploy.compose;

import dev.crm.deploy.support.RepositoryFiles;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What ./crm gives each service: read from its service_env and urls_env, so compose cannot drift from it. */
final class CrmScript {

    private CrmScript() {}

    static String text() {
        return RepositoryFiles.read(RepositoryFiles.path("crm"));
    }

    /** The body of a shell function of ./crm, up to its closing brace at the start of a line. */
    static String function(String name) {
        String text = text();
        int start = text.indexOf("\n" + name + "() {");
        if (start < 0) throw new AssertionError("./crm has no function " + name);
        int end = text.indexOf("\n}", start + 1);
        return text.substring(start, end);
    }

    /** The variables written NAME=value in the here-documents of service_env and urls_env. */
    static Set<String> serviceVariables() {
        Set<String> names = new LinkedHashSet<>();
        Pattern line = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=");
        for (String f : new String[] {"service_env", "urls_env"}) {
            for (Matcher m = line.matcher(function(f)); m.find(); ) names.add(m.group(1));
        }
        if (names.size() < 10) throw new AssertionError("./crm's service_env looks different: " + names);
        return names;
    }

    /** A service's port in ./crm's BASE_PORT table. */
    static int basePort(String service) {
        Matcher m = Pattern.compile("\\[" + Pattern.quote(service) + "]=(\\d+)").matcher(text());
        if (!m.find()) throw new AssertionError("./crm names no port of " + service);
        return Integer.parseInt(m.group(1));
    }
}
