package dev.crm.deploy.workflows;

import static dev.crm.deploy.support.RepositoryFiles.list;
import static dev.crm.deploy.support.RepositoryFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deploy.support.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** .github/dependabot.yml is a valid version 2 file that watches every ecosystem of the repository. */
class DependabotConfigTests {

    static final Set<String> ECOSYSTEMS = Set.of(
            "bundler", "cargo", "composer", "devcontainers", "docker", "docker-compose", "dotnet-sdk", "elm",
            "github-actions", "gitsubmodule", "gomod", "gradle", "helm", "maven", "mix", "npm", "nuget", "pip",
            "pub", "swift", "terraform", "uv");
    static final Set<String> INTERVALS = Set.of("daily", "weekly", "monthly", "quarterly", "semiannually", "yearly", "cron");
    static final Set<String> UPDATE_KEYS = Set.of(
            "package-ecosystem", "directory", "directories", "schedule", "groups", "allow", "ignore", "labels",
            "assignees", "commit-message", "open-pull-requests-limit", "rebase-strategy", "registries", "reviewers",
            "target-branch", "versioning-strategy", "vendor", "insecure-external-code-execution", "milestone",
            "pull-request-branch-name", "cooldown", "exclude-paths");
    /** The file each ecosystem reads in its directory. */
    static final Map<String, String> MANIFEST = Map.of(
            "maven", "pom.xml", "npm", "package.json", "docker-compose", "docker-compose.yml");

    final Map<String, Object> config = RepositoryFiles.yaml(RepositoryFiles.path(".github/dependabot.yml"));

    @Test
    void isVersionTwoWithKnownKeysEcosystemsAndSchedules() {
        assertThat(config).containsOnlyKeys("version", "updates");
        assertThat(config.get("version")).isEqualTo(2);
        for (Object u : list(config.get("updates"), "updates")) {
            Map<String, Object> update = map(u, "update");
            assertThat(update.keySet()).as(update.toString()).isSubsetOf(UPDATE_KEYS);
            assertThat(ECOSYSTEMS).contains(String.valueOf(update.get("package-ecosystem")));
            assertThat(update.containsKey("directory") ^ update.containsKey("directories"))
                    .as("one of directory and directories: " + update).isTrue();
            assertThat(INTERVALS).contains(String.valueOf(map(update.get("schedule"), "schedule").get("interval")));
        }
    }

    @Test
    void watchesMavenNpmActionsAndDockerWeeklyWithMinorAndPatchGrouped() {
        List<Map<String, Object>> updates =
                list(config.get("updates"), "updates").stream().map(u -> map(u, "update")).toList();
        assertThat(updates).extracting(u -> u.get("package-ecosystem") + " " + u.get("directory"))
                .contains("maven /", "npm /frontend", "github-actions /", "docker /deploy/docker");
        for (Map<String, Object> update : updates) {
            assertThat(map(update.get("schedule"), "schedule").get("interval")).isEqualTo("weekly");
            Map<String, Object> groups = map(update.get("groups"), "groups");
            assertThat(groups).as(update.toString()).hasSize(1);
            Map<String, Object> group = map(groups.values().iterator().next(), "group");
            assertThat(group.get("update-types")).isEqualTo(List.of("minor", "patch"));
        }
    }

    @Test
    void everyDirectoryExistsWithWhatItsEcosystemReads() {
        for (Object u : list(config.get("updates"), "updates")) {
            Map<String, Object> update = map(u, "update");
            String ecosystem = String.valueOf(update.get("package-ecosystem"));
            for (String directory : RepositoryFiles.strings(update.getOrDefault("directory", update.get("directories")))) {
                assertThat(directory).as(ecosystem).startsWith("/");
                Path dir = RepositoryFiles.root().resolve(directory.substring(1));
                assertThat(dir).as(ecosystem + " " + directory).isDirectory();
                if (MANIFEST.containsKey(ecosystem)) {
                    assertThat(dir.resolve(MANIFEST.get(ecosystem))).as(ecosystem).exists();
                }
                if (ecosystem.equals("github-actions")) {
                    assertThat(dir.resolve(".github/workflows")).isDirectory();
                }
            }
        }
        assertThat(Files.exists(RepositoryFiles.path("frontend/package-lock.json"))).isTrue();
    }
}
