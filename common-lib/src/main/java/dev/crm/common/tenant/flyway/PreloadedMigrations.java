package dev.crm.common.tenant.flyway;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A service's tenant migrations, read from the classpath once at start. Flyway otherwise scans the
 * jar on every run, which is most of the cost of migrating a new tenant's schema during registration.
 */
final class PreloadedMigrations implements ResourceProvider {

    private final List<Script> scripts;

    PreloadedMigrations(String location) {
        String pattern = location.replaceFirst("^classpath:", "classpath*:") + "/*.sql";
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            this.scripts = Arrays.stream(found).map(PreloadedMigrations::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> filenames() {
        return scripts.stream().map(Script::getFilename).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getFilename().equals(name) || s.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(s -> s.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
                .map(LoadableResource.class::cast)
                .toList();
    }

    private static Script read(Resource resource) {
        try {
            return new Script(Objects.requireNonNull(resource.getFilename()), resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Script extends LoadableResource {
        private final String filename;
        private final String sql;

        Script(String filename, String sql) {
            this.filename = filename;
            this.sql = sql;
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return filename;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
