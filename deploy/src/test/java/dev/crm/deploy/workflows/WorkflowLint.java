package dev.crm.deploy.workflows;

import static dev.crm.deploy.support.RepositoryFiles.list;
import static dev.crm.deploy.support.RepositoryFiles.map;
import static dev.crm.deploy.support.RepositoryFiles.strings;

import dev.crm.deploy.support.RepositoryFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structural checks actionlint makes of a GitHub Actions workflow, as far as this project needs
 * them (the workflow JSON schema cannot be downloaded here): known events and keys, jobs with a runner
 * and steps, steps with exactly one of uses/run, needs and step ids that exist, matrix keys that exist,
 * pinned actions, least-privilege permissions, balanced expressions and no untrusted context in a
 * script. {@link #problems} answers every problem found, each naming the file and where.
 */
final class WorkflowLint {

    static final Set<String> EVENTS = Set.of(
            "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment",
            "deployment_status", "discussion", "discussion_comment", "fork", "gollum", "issue_comment", "issues",
            "label", "merge_group", "milestone", "page_build", "public", "pull_request", "pull_request_review",
            "pull_request_review_comment", "pull_request_target", "push", "registry_package", "release",
            "repository_dispatch", "schedule", "status", "watch", "workflow_call", "workflow_dispatch",
            "workflow_run");
    static final Set<String> FILTERS = Set.of(
            "branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "types");
    static final Set<String> WORKFLOW_KEYS = Set.of(
            "name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");
    static final Set<String> JOB_KEYS = Set.of(
            "name", "permissions", "needs", "if", "runs-on", "environment", "concurrency", "outputs", "env",
            "defaults", "steps", "timeout-minutes", "strategy", "continue-on-error", "container", "services",
            "uses", "with", "secrets");
    static final Set<String> STEP_KEYS = Set.of(
            "id", "if", "name", "uses", "run", "shell", "with", "env", "continue-on-error", "timeout-minutes",
            "working-directory");
    static final Set<String> PERMISSION_SCOPES = Set.of(
            "actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues",
            "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses");
    /** Owners whose actions may be pinned to a major version tag instead of a commit (see README, CI). */
    static final Set<String> TAG_PINNABLE_OWNERS = Set.of("actions", "github", "docker", "aquasecurity", "azure");
    /** Contexts a `run:` script must not interpolate: values an outsider or a previous step can choose. */
    static final List<String> UNTRUSTED_IN_SCRIPTS = List.of(
            "github.event", "github.head_ref", "github.ref_name", "inputs.", "steps.", "needs.", "secrets.");

    static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    static final Pattern MAJOR_TAG = Pattern.compile("v\\d+");
    static final Pattern USES_LINE = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*([^\\s#]+)\\s*(#.*)?$");
    static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*v\\d+(\\.\\d+){0,2}\\s*$");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
    static final Pattern JOB_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    static final Pattern MATRIX_REF = Pattern.compile("\\bmatrix\\.([A-Za-z0-9_-]+)");
    static final Pattern STEP_REF = Pattern.compile("\\bsteps\\.([A-Za-z0-9_-]+)\\.");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private WorkflowLint(String file) {
        this.file = file;
    }

    static List<String> problems(String file, String text) {
        WorkflowLint lint = new WorkflowLint(file);
        lint.check(text);
        return lint.problems;
    }

    private void problem(String where, String what) {
        problems.add(file + ": " + where + ": " + what);
    }

    private void check(String text) {
        Map<String, Object> workflow;
        try {
            workflow = RepositoryFiles.parseYaml(text, file);
        } catch (RuntimeException e) {
            problem("yaml", e.getMessage());
            return;
        }
        for (Object key : ((Map<?, ?>) workflow).keySet()) {
            if (!WORKFLOW_KEYS.contains(String.valueOf(key))) problem("top level", "unknown key " + key);
        }
        if (!(workflow.get("name") instanceof String)) problem("top level", "no name");
        checkEvents(workflow.get("on"));
        boolean workflowPermissions = workflow.containsKey("permissions");
        if (workflowPermissions) checkPermissions("permissions", workflow.get("permissions"), true);
        checkPins(text);
        checkExpressions(text);
        if (!(workflow.get("jobs") instanceof Map<?, ?> jobsValue) || jobsValue.isEmpty()) {
            problem("jobs", "no jobs");
            return;
        }
        Map<String, Object> jobs = map(jobsValue, "jobs");
        for (var entry : jobs.entrySet()) {
            checkJob(entry.getKey(), entry.getValue(), jobs.keySet(), workflowPermissions);
        }
        checkNoCycles(jobs);
    }

    private void checkEvents(Object on) {
        if (on == null) {
            problem("on", "no events (`on:` missing; unquoted `on` read as a boolean?)");
            return;
        }
        Map<String, Object> events = new HashMap<>();
        if (on instanceof String s) {
            events.put(s, null);
        } else if (on instanceof List<?> l) {
            l.forEach(e -> events.put(String.valueOf(e), null));
        } else {
            events.putAll(map(on, "on"));
        }
        for (var event : events.entrySet()) {
            String name = event.getKey();
            if (!EVENTS.contains(name)) {
                problem("on", "unknown event " + name);
                continue;
            }
            Object config = event.getValue();
            if (name.equals("schedule")) {
                for (Object entry : list(config, "on.schedule")) {
                    Object cron = map(entry, "on.schedule[]").get("cron");
                    if (!(cron instanceof String c) || c.trim().split("\\s+").length != 5) {
                        problem("on.schedule", "a cron needs five fields: " + cron);
                    }
                }
            } else if (config instanceof Map<?, ?>) {
                Map<String, Object> filters = map(config, "on." + name);
                for (String key : filters.keySet()) {
                    if (!FILTERS.contains(key) && !name.startsWith("workflow_")) {
                        problem("on." + name, "unknown filter " + key);
                    }
                }
                for (String kind : List.of("branches", "tags", "paths")) {
                    if (filters.containsKey(kind) && filters.containsKey(kind + "-ignore")) {
                        problem("on." + name, kind + " and " + kind + "-ignore cannot both be set");
                    }
                }
            } else if (config != null) {
                problem("on." + name, "should be empty or a mapping, is " + config);
            }
        }
    }

    private void checkPermissions(String where, Object permissions, boolean workflowLevel) {
        if (permissions instanceof String s) {
            if (!Set.of("read-all", "write-all").contains(s)) problem(where, "unknown value " + s);
            if (s.equals("write-all")) problem(where, "write-all: grant each job only what it needs");
            return;
        }
        for (var scope : map(permissions, where).entrySet()) {
            if (!PERMISSION_SCOPES.contains(scope.getKey())) problem(where, "unknown scope " + scope.getKey());
            String level = String.valueOf(scope.getValue());
            if (!Set.of("read", "write", "none").contains(level)) {
                problem(where + "." + scope.getKey(), "unknown level " + level);
            }
            if (workflowLevel && level.equals("write")) {
                problem(where + "." + scope.getKey(), "write at the workflow level: grant it to the job that needs it");
            }
        }
    }

    private void checkJob(String id, Object value, Set<String> jobIds, boolean workflowPermissions) {
        String where = "jobs." + id;
        if (!JOB_ID.matcher(id).matches()) problem(where, "invalid job id");
        Map<String, Object> job = map(value, where);
        for (Object key : ((Map<?, ?>) job).keySet()) {
            if (!JOB_KEYS.contains(String.valueOf(key))) problem(where, "unknown key " + key);
        }
        if (!workflowPermissions && !job.containsKey("permissions")) {
            problem(where, "no permissions (neither the workflow nor the job sets them)");
        }
        if (job.containsKey("permissions")) checkPermissions(where + ".permissions", job.get("permissions"), false);
        for (String need : strings(job.get("needs"))) {
            if (!jobIds.contains(need)) problem(where + ".needs", "no job " + need);
            if (need.equals(id)) problem(where + ".needs", "a job cannot need itself");
        }
        if (job.containsKey("uses")) { // a reusable workflow
            if (job.containsKey("steps") || job.containsKey("runs-on")) {
                problem(where, "a job that uses a workflow has no runs-on or steps");
            }
            return;
        }
        if (!job.containsKey("runs-on")) problem(where, "no runs-on");
        if (!(job.get("timeout-minutes") instanceof Integer minutes) || minutes <= 0 || minutes > 90) {
            problem(where, "timeout-minutes should be set, 1 to 90 (the CI limit)");
        }
        Set<String> matrixKeys = matrixKeys(job);
        List<Object> steps = job.get("steps") instanceof List<?> ? list(job.get("steps"), where) : List.of();
        if (steps.isEmpty()) problem(where, "no steps");
        Set<String> stepIds = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String stepWhere = where + ".steps[" + i + "]";
            Map<String, Object> step = map(steps.get(i), stepWhere);
            for (Object key : ((Map<?, ?>) step).keySet()) {
                if (!STEP_KEYS.contains(String.valueOf(key))) problem(stepWhere, "unknown key " + key);
            }
            boolean uses = step.containsKey("uses");
            boolean run = step.containsKey("run");
            if (uses == run) problem(stepWhere, "needs exactly one of uses and run");
            if (!uses && step.containsKey("with")) problem(stepWhere, "with: without uses:");
            if (run) checkScript(stepWhere, String.valueOf(step.get("run")));
            // a step may only read the outputs of the steps before it
            String stepText = String.valueOf(step);
            for (Matcher m = STEP_REF.matcher(stepText); m.find(); ) {
                if (!stepIds.contains(m.group(1))) problem(stepWhere, "refers to step " + m.group(1) + ", not an earlier step's id");
            }
            if (step.get("id") instanceof String stepId && !stepIds.add(stepId)) {
                problem(stepWhere, "duplicate step id " + stepId);
            }
        }
        String jobText = String.valueOf(job);
        for (Matcher m = MATRIX_REF.matcher(jobText); m.find(); ) {
            if (!matrixKeys.contains(m.group(1))) problem(where, "matrix." + m.group(1) + " is not in the job's matrix");
        }
    }

    private Set<String> matrixKeys(Map<String, Object> job) {
        Set<String> keys = new LinkedHashSet<>();
        if (job.get("strategy") instanceof Map<?, ?> strategy && strategy.get("matrix") instanceof Map<?, ?> m) {
            for (var entry : map(m, "strategy.matrix").entrySet()) {
                if (entry.getKey().equals("include") || entry.getKey().equals("exclude")) {
                    for (Object row : list(entry.getValue(), "matrix." + entry.getKey())) {
                        keys.addAll(map(row, "matrix row").keySet());
                    }
                } else {
                    keys.add(entry.getKey());
                }
            }
        }
        return keys;
    }

    private void checkScript(String where, String script) {
        for (Matcher m = EXPRESSION.matcher(script); m.find(); ) {
            String expression = m.group(1).trim();
            for (String untrusted : UNTRUSTED_IN_SCRIPTS) {
                if (expression.contains(untrusted)) {
                    problem(where + ".run", "interpolates ${{ " + expression + " }}: pass it through env: (script injection)");
                }
            }
        }
    }

    private void checkExpressions(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int open = line.indexOf("${{"); open >= 0; ) {
                int close = line.indexOf("}}", open + 3);
                if (close < 0) {
                    problem("line " + (i + 1), "${{ without }}: " + line.trim());
                    break;
                }
                open = line.indexOf("${{", close + 2);
            }
        }
        for (Matcher m = EXPRESSION.matcher(text); m.find(); ) {
            String expression = m.group(1);
            if (expression.contains("${{")) problem("expression", "nested ${{ in " + expression.trim());
            if (expression.isBlank()) problem("expression", "empty ${{ }}");
            if (count(expression, "(") != count(expression, ")")) problem("expression", "unbalanced ( ) in " + expression.trim());
            if (count(expression, "'") % 2 != 0) problem("expression", "unbalanced quotes in " + expression.trim());
            if (expression.contains("\"")) problem("expression", "strings in expressions take single quotes: " + expression.trim());
        }
    }

    /** Every action is pinned: a commit with its version in a comment, or (for the big owners) a major tag. */
    private void checkPins(String text) {
        Map<String, String> versionOfCommit = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = USES_LINE.matcher(lines[i]);
            if (!m.matches()) continue;
            String where = "line " + (i + 1);
            String uses = m.group(1);
            String comment = m.group(2) == null ? "" : m.group(2);
            if (uses.startsWith("./") || uses.startsWith("docker://")) {
                if (uses.startsWith("docker://") && !uses.contains("@sha256:")) problem(where, uses + " should name an image digest");
                continue;
            }
            int at = uses.indexOf('@');
            if (at < 0) {
                problem(where, uses + " has no @ref");
                continue;
            }
            String owner = uses.substring(0, uses.indexOf('/') < 0 ? at : uses.indexOf('/')).toLowerCase();
            String ref = uses.substring(at + 1);
            if (SHA.matcher(ref).matches()) {
                if (!VERSION_COMMENT.matcher(comment).find()) problem(where, uses + " should say its version: # vX.Y.Z");
                String action = uses.substring(0, at).toLowerCase();
                String previous = versionOfCommit.putIfAbsent(action + "@" + ref, comment.trim());
                if (previous != null && !previous.equals(comment.trim())) {
                    problem(where, uses + " is called " + previous + " elsewhere and " + comment.trim() + " here");
                }
            } else if (!(TAG_PINNABLE_OWNERS.contains(owner) && MAJOR_TAG.matcher(ref).matches())) {
                problem(where, uses + " should be pinned to a full commit SHA"
                        + (TAG_PINNABLE_OWNERS.contains(owner) ? " or a major version tag (vN)" : ""));
            }
        }
    }

    private void checkNoCycles(Map<String, Object> jobs) {
        Map<String, List<String>> needs = new HashMap<>();
        jobs.forEach((id, job) -> needs.put(id, strings(map(job, id).get("needs"))));
        for (String start : jobs.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(needs.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    problem("jobs." + start + ".needs", "a cycle through " + seen);
                    break;
                }
                if (seen.add(next)) todo.addAll(needs.getOrDefault(next, List.of()));
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }
}
