package dev.crm.deploy.compose;

import static dev.crm.deploy.support.RepositoryFiles.map;
import static dev.crm.deploy.support.RepositoryFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.crm.deploy.support.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml as Compose itself reads it: `docker-compose config` (Debian's docker-compose 1.29,
 * which ./crm test installs when missing; it needs no Docker engine) or `docker compose config`. Without
 * either the tests are skipped, except on CI (CI=true), where they fail.
 */
class ComposeConfigTests {

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    static List<String> composeCommand() {
        if (runs(List.of("docker-compose", "version"))) return List.of("docker-compose");
        if (runs(List.of("docker", "compose", "version"))) return List.of("docker", "compose");
        String why = "neither docker-compose nor docker compose is installed (sudo apt-get install --no-install-recommends docker-compose)";
        if ("true".equals(System.getenv("CI"))) fail(why);
        abort(why);
        return List.of();
    }

    static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs compose on the repository's file with the defaults: no .env, no CRM_* from ./crm test's environment. */
    Result compose(String... args) throws Exception {
        Path emptyEnv = Files.writeString(temp.resolve("empty.env"), "");
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of("--env-file", emptyEnv.toString(), "-f", RepositoryFiles.path("docker-compose.yml").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(RepositoryFiles.root().toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("CRM_") || k.startsWith("GRAFANA_") || k.startsWith("COMPOSE_"));
        Path out = temp.resolve("out");
        Path err = temp.resolve("err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void composeAcceptsTheFileWithoutAWarning() throws Exception {
        Result result = compose("config", "-q");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).as("no unset variable, no deprecated key").doesNotContainIgnoringCase("warn");
    }

    @Test
    void composeReadsTheAnchorsAsTheseTestsDo() throws Exception {
        Result result = compose("config");
        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, Object> resolved = map(RepositoryFiles.parseYaml(result.out(), "docker-compose config").get("services"), "services");
        ComposeFileTests file = new ComposeFileTests();
        for (String svc : RepositoryFiles.SERVICES) {
            Map<String, Object> service = map(resolved.get(svc), svc);
            Map<String, Object> env = map(service.get("environment"), svc + ".environment");
            assertThat(env.keySet()).as(svc).containsExactlyInAnyOrderElementsOf(file.environment(svc).keySet());
            file.environment(svc).forEach((k, v) -> assertThat(String.valueOf(env.get(k))).as(svc + " " + k).isEqualTo(v));
            assertThat(strings(map(service.get("healthcheck"), svc).get("test"))).as(svc)
                    .isEqualTo(strings(map(file.service(svc).get("healthcheck"), svc).get("test")));
            map(service.get("depends_on"), svc).forEach((dependency, how) ->
                    assertThat(map(how, dependency)).as(svc + " -> " + dependency).containsEntry("condition", "service_healthy"));
        }
    }
}
