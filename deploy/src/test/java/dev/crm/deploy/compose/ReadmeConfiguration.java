package dev.crm.deploy.compose;

import dev.crm.deploy.support.RepositoryFiles;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** README's "Configuration" table: the variables whose default column says they are required. */
final class ReadmeConfiguration {

    private ReadmeConfiguration() {}

    static Set<String> requiredVariables() {
        String readme = RepositoryFiles.read(RepositoryFiles.path("README.md"));
        int start = readme.indexOf("\n## Configuration");
        if (start < 0) throw new AssertionError("README has no Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> required = new LinkedHashSet<>();
        for (String row : section.split("\n")) {
            String[] cells = row.split("\\|");
            if (cells.length < 4 || !cells[2].contains("required")) continue;
            for (Matcher m = Pattern.compile("`(CRM_[A-Z0-9_]+)`").matcher(cells[1]); m.find(); ) {
                if (!m.group(1).endsWith("_PREVIOUS")) required.add(m.group(1)); // only during a rotation
            }
        }
        if (required.isEmpty()) throw new AssertionError("README's Configuration table names no required variable");
        return required;
    }
}
