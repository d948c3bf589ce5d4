package dev.crm.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The repository's files as the deploy checks read them: its root, text, and YAML as plain maps and lists. */
public final class RepositoryFiles {

    /** The services and the gateway, as ./crm names them (its SERVICES). */
    public static final List<String> SERVICES =
            List.of("auth-service", "tenant-service", "contact-service", "deal-service", "communication-service", "gateway");

    private RepositoryFiles() {}

    /** The repository root: the parent of this module (Maven runs the tests in deploy/). */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("crm")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no repository root (a folder with ./crm and pom.xml) above " + dir);
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses YAML as GitHub Actions and Compose read it: duplicate keys refused, merge keys ({@code <<})
     * applied, and only true/false as booleans (YAML 1.2 core), so that {@code on:} stays a key, not true.
     */
    public static Map<String, Object> yaml(Path file) {
        return parseYaml(read(file), file.toString());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseYaml(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(100);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new CoreSchemaResolver());
        Object doc = yaml.load(text);
        if (!(doc instanceof Map<?, ?> map)) throw new IllegalStateException(name + " is not a YAML mapping");
        return (Map<String, Object>) map;
    }

    /** YAML 1.1's resolver without its yes/no/on/off booleans and its timestamps. */
    private static final class CoreSchemaResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    // small accessors for the untyped YAML model

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new AssertionError(what + " should be a mapping, is " + value);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value, String what) {
        if (value instanceof List<?> l) return (List<Object>) l;
        throw new AssertionError(what + " should be a list, is " + value);
    }

    /** A string, or each string of a list (YAML lets many keys take either). */
    public static List<String> strings(Object value) {
        if (value == null) return List.of();
        if (value instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(value));
    }
}
