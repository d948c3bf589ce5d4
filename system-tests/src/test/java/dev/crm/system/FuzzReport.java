package dev.crm.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzz suite sent and got: per status class, the slowest answers, per operation the worst. */
final class FuzzReport {

    record Result(FuzzCase fuzzCase, int status, long millis, String contentType) {}

    private final List<Result> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    void add(Result result) {
        results.add(result);
    }

    void fail(String failure) {
        failures.add(failure);
    }

    List<String> failures() {
        return failures;
    }

    int sent() {
        return results.size();
    }

    String text(long seed) {
        StringBuilder out = new StringBuilder("API fuzzing from the contract (seed ").append(seed).append(")\n");
        out.append("requests sent: ").append(results.size()).append(", operations: ").append(worstPerOperation().size()).append('\n');
        Map<String, Integer> classes = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Result r : results) {
            classes.merge(r.status() / 100 + "xx", 1, Integer::sum);
            statuses.merge(r.status(), 1, Integer::sum);
        }
        out.append("status classes: ").append(classes).append('\n');
        out.append("statuses: ").append(statuses).append('\n');
        out.append("slowest:\n");
        results.stream().sorted(Comparator.comparingLong(Result::millis).reversed()).limit(10)
                .forEach(r -> out.append(String.format("  %5d ms  %d  %s%n", r.millis(), r.status(), r.fuzzCase().describe())));
        out.append("per operation, the worst answer (highest status, then slowest):\n");
        worstPerOperation().forEach((op, r) -> out.append(String.format("  %-62s %d %5d ms  %s%n", op, r.status(), r.millis(), r.fuzzCase().label())));
        out.append("failures: ").append(failures.size()).append('\n');
        failures.forEach(f -> out.append("  ").append(f).append('\n'));
        return out.toString();
    }

    void write(Path file, long seed) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(seed));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Result> worstPerOperation() {
        Map<String, Result> worst = new LinkedHashMap<>();
        Comparator<Result> badness = Comparator.comparingInt(Result::status).thenComparingLong(Result::millis);
        for (Result r : results) worst.merge(r.fuzzCase().operation().name(), r, (a, b) -> badness.compare(a, b) >= 0 ? a : b);
        return worst;
    }
}
