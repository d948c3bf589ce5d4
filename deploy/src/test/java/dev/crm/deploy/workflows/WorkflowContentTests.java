package dev.crm.deploy.workflows;

import static dev.crm.deploy.support.RepositoryFiles.list;
import static dev.crm.deploy.support.RepositoryFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deploy.support.RepositoryFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each workflow is for: the steps and settings README's "CI" section promises. */
class WorkflowContentTests {

    static Map<String, Object> workflow(String name) {
        return RepositoryFiles.yaml(RepositoryFiles.path(".github/workflows/" + name));
    }

    static Map<String, Object> job(Map<String, Object> workflow, String id) {
        return map(map(workflow.get("jobs"), "jobs").get(id), "jobs." + id);
    }

    static List<Map<String, Object>> steps(Map<String, Object> job) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object step : list(job.get("steps"), "steps")) steps.add(map(step, "step"));
        return steps;
    }

    static Map<String, Object> step(Map<String, Object> job, String usesPrefix) {
        return steps(job).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(usesPrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + usesPrefix));
    }

    static Map<String, Object> with(Map<String, Object> step) {
        return map(step.getOrDefault("with", Map.of()), "with");
    }

    static int indexOf(Map<String, Object> job, String textInStep) {
        List<Map<String, Object>> steps = steps(job);
        for (int i = 0; i < steps.size(); i++) if (String.valueOf(steps.get(i)).contains(textInStep)) return i;
        throw new AssertionError("no step with " + textInStep);
    }

    @Test
    void ciRunsEveryTestOnPushesAndPullRequestsAsTheReadmeSays() {
        Map<String, Object> ci = workflow("ci.yml");
        assertThat(map(ci.get("on"), "on")).containsKeys("push", "pull_request");
        assertThat(ci.get("permissions")).isEqualTo(Map.of("contents", "read"));
        Map<String, Object> concurrency = map(ci.get("concurrency"), "concurrency");
        assertThat(concurrency.get("cancel-in-progress")).isEqualTo(true);
        assertThat(String.valueOf(concurrency.get("group"))).contains("github.ref");

        Map<String, Object> test = job(ci, "test");
        assertThat(String.valueOf(test.get("runs-on"))).startsWith("ubuntu-");
        assertThat(test.get("timeout-minutes")).isEqualTo(45);
        assertThat(with(step(test, "actions/setup-java@")))
                .containsEntry("distribution", "temurin").containsEntry("java-version", "25").containsEntry("cache", "maven");
        assertThat(with(step(test, "actions/setup-node@")))
                .containsEntry("node-version", "20").containsEntry("cache", "npm")
                .containsEntry("cache-dependency-path", "frontend/package-lock.json");
        assertThat(RepositoryFiles.read(RepositoryFiles.path("frontend/package.json"))).contains("\"node\": \">=20");

        // the packages ./crm installs itself only as root come first, then .ci/run, then the reports
        int install = indexOf(test, "apt-get install");
        int run = indexOf(test, "bash .ci/run");
        assertThat(install).isLessThan(run);
        assertThat(String.valueOf(steps(test).get(install).get("run"))).contains("nats-server", "redis-server", "docker compose version");
        List<Map<String, Object>> uploads = steps(test).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact@"))
                .toList();
        assertThat(uploads).hasSize(2).allSatisfy(u -> {
            assertThat(steps(test).indexOf(u)).isGreaterThan(run);
            assertThat(String.valueOf(u.get("if"))).as("reports of a failed run too").contains("!cancelled()");
        });
        assertThat(String.valueOf(uploads)).contains("surefire-reports", "failsafe-reports", "frontend/test-results");
        // Playwright writes its screenshots where the upload looks (frontend/playwright.config.ts)
        assertThat(RepositoryFiles.read(RepositoryFiles.path("frontend/playwright.config.ts")))
                .contains("outputDir: 'test-results/");
        assertThat(RepositoryFiles.read(RepositoryFiles.path(".ci/run"))).contains("./crm test");
    }

    @Test
    void releaseScansThenPushesEveryServiceImageWithSbomAndProvenanceThenTheChart() {
        Map<String, Object> release = workflow("release.yml");
        assertThat(map(map(release.get("on"), "on").get("push"), "on.push")).isEqualTo(Map.of("tags", List.of("v*")));
        assertThat(release.get("permissions")).isEqualTo(Map.of("contents", "read"));

        Map<String, Object> images = job(release, "images");
        assertThat(images.get("needs")).isEqualTo("jars");
        assertThat(map(images.get("permissions"), "permissions")).containsEntry("packages", "write")
                .containsEntry("id-token", "write").containsEntry("attestations", "write")
                .containsEntry("security-events", "write");
        Object services = map(map(images.get("strategy"), "strategy").get("matrix"), "matrix").get("service");
        assertThat(list(services, "matrix.service")).containsExactlyElementsOf(RepositoryFiles.SERVICES);
        RepositoryFiles.SERVICES.forEach(s -> assertThat(RepositoryFiles.path(s + "/pom.xml")).exists());

        List<Map<String, Object>> builds = steps(images).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("docker/build-push-action@"))
                .toList();
        assertThat(builds).hasSize(2).allSatisfy(b -> assertThat(with(b))
                .containsEntry("context", ".").containsEntry("file", "deploy/docker/Dockerfile")
                .satisfies(w -> assertThat(String.valueOf(w.get("build-args"))).contains("SERVICE=${{ matrix.service }}")));
        Map<String, Object> push = with(builds.get(1));
        assertThat(push).containsEntry("push", true).containsEntry("sbom", true).containsEntry("provenance", "mode=max");
        assertThat(with(builds.get(0))).containsEntry("push", false).containsEntry("load", true);

        // the gate runs before the push: a vulnerable image is never published
        int gate = indexOf(images, "exit-code=1");
        assertThat(gate).isLessThan(steps(images).indexOf(builds.get(1)));
        assertThat(with(steps(images).get(gate))).containsEntry("severity", "CRITICAL,HIGH");
        assertThat(with(step(images, "github/codeql-action/upload-sarif@"))).containsKey("sarif_file");
        assertThat(release.get("env")).isEqualTo(Map.of("REGISTRY", "ghcr.io"));
        assertThat(String.valueOf(images)).contains("IMAGE=${REGISTRY}/${GITHUB_REPOSITORY_OWNER,,}/crm-${SERVICE}");
        assertThat(with(step(images, "actions/attest-build-provenance@"))).containsEntry("push-to-registry", true);

        Map<String, Object> chart = job(release, "chart");
        assertThat(map(chart.get("permissions"), "permissions")).containsEntry("packages", "write");
        int lint = indexOf(chart, "helm lint");
        int pack = indexOf(chart, "helm package deploy/helm/crm");
        int helmPush = indexOf(chart, "helm push");
        assertThat(lint).isLessThan(pack);
        assertThat(pack).isLessThan(helmPush);
        assertThat(String.valueOf(steps(chart).get(helmPush).get("run"))).contains("oci://${REGISTRY}/");
    }

    @Test
    void codeqlAnalysesJavaWithTheManualBuildAndTheFrontend() {
        Map<String, Object> codeql = workflow("codeql.yml");
        Map<String, Object> analyze = job(codeql, "analyze");
        Object include = map(map(analyze.get("strategy"), "strategy").get("matrix"), "matrix").get("include");
        assertThat(list(include, "include")).containsExactlyInAnyOrder(
                Map.of("language", "java-kotlin", "build-mode", "manual"),
                Map.of("language", "javascript-typescript", "build-mode", "none"));
        assertThat(String.valueOf(analyze)).contains("mvn -B -ntp -DskipTests package -Dskip.frontend=true");
        assertThat(map(analyze.get("permissions"), "permissions")).containsEntry("security-events", "write");
        assertThat(RepositoryFiles.read(RepositoryFiles.path("gateway/pom.xml"))).contains("<skip>${skip.frontend}</skip>");
    }

    @Test
    void dependencyReviewRunsOnPullRequests() {
        Map<String, Object> review = workflow("dependency-review.yml");
        assertThat(map(review.get("on"), "on")).containsOnlyKeys("pull_request");
        assertThat(with(step(job(review, "review"), "actions/dependency-review-action@")))
                .containsEntry("fail-on-severity", "high");
    }

    @Test
    void everyWorkflowChecksOutWithoutKeepingTheToken() throws Exception {
        try (var files = Files.list(RepositoryFiles.path(".github/workflows"))) {
            for (var file : files.toList()) {
                Map<String, Object> jobs = map(RepositoryFiles.yaml(file).get("jobs"), "jobs");
                for (var entry : jobs.entrySet()) {
                    for (Map<String, Object> s : steps(map(entry.getValue(), entry.getKey()))) {
                        if (String.valueOf(s.get("uses")).startsWith("actions/checkout@")) {
                            assertThat(with(s)).as(file + " " + entry.getKey()).containsEntry("persist-credentials", false);
                        }
                    }
                }
            }
        }
    }
}
