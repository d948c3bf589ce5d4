package dev.crm.deploy.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deploy.support.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow of .github/workflows passes {@link WorkflowLint}, and the lint finds what it should. */
class WorkflowLintTests {

    static Stream<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryFiles.path(".github/workflows"))) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theRepositoryHasItsFourWorkflowsAndNothingElseThere() throws IOException {
        assertThat(workflows().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("ci.yml", "release.yml", "codeql.yml", "dependency-review.yml");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyWorkflowPassesTheLint(Path workflow) {
        assertThat(WorkflowLint.problems(workflow.getFileName().toString(), RepositoryFiles.read(workflow))).isEmpty();
    }

    static final String GOOD = """
            name: good
            on:
              push:
                branches: [main]
            permissions:
              contents: read
            jobs:
              build:
                runs-on: ubuntu-24.04
                timeout-minutes: 10
                steps:
                  - uses: actions/checkout@v4
                  - id: a
                    run: echo "${{ matrix.os }} ${{ runner.os }}"
                  - run: echo "$X"
                    env:
                      X: ${{ steps.a.outputs.x }}
                strategy:
                  matrix:
                    os: [linux]
            """;

    @Test
    void aGoodWorkflowHasNoProblems() {
        assertThat(WorkflowLint.problems("good.yml", GOOD)).isEmpty();
    }

    /** Each line: what to replace in {@link #GOOD}, with what, and a part of the problem expected. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            push:                               | pushed:                                       | unknown event pushed
            branches: [main]                    | branches: [main]\\n    branches-ignore: [x]   | branches and branches-ignore cannot both be set
            on:                                 | true:                                         | no events
            runs-on: ubuntu-24.04               | runs-on2: ubuntu-24.04                        | no runs-on
            timeout-minutes: 10                 | timeout-minutes: 300                          | timeout-minutes should be set
            - uses: actions/checkout@v4         | - uses: actions/checkout@main                 | actions/checkout@main should be pinned
            - uses: actions/checkout@v4         | - uses: someone/action@v1                     | someone/action@v1 should be pinned to a full commit SHA
            - uses: actions/checkout@v4         | - uses: someone/action@0123456789abcdef0123456789abcdef01234567 | should say its version
            - uses: actions/checkout@v4         | - uses: actions/checkout@v4\\n        run: echo | needs exactly one of uses and run
            contents: read                      | contents: write                               | write at the workflow level
            contents: read                      | contents: sudo                                | unknown level sudo
            ${{ steps.a.outputs.x }}            | ${{ steps.b.outputs.x }}                      | refers to step b
            ${{ matrix.os }}                    | ${{ matrix.arch }}                            | matrix.arch is not in the job's matrix
            ${{ runner.os }}                    | ${{ github.event.pull_request.title }}        | script injection
            ${{ runner.os }}                    | ${{ runner.os }                               | ${{ without }}
            ${{ runner.os }}                    | ${{ format('{0}', runner.os }}                | unbalanced ( )
            "  build:"                          | "  build:\\n    needs: deploy"               | no job deploy
            """)
    void theLintFindsEachKindOfMistake(String replace, String with, String expected) {
        String text = GOOD.replace(replace, with.replace("\\n", "\n"));
        assertThat(text).as("the case changes the workflow").isNotEqualTo(GOOD);
        List<String> problems = WorkflowLint.problems("bad.yml", text);
        assertThat(problems).as(text).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void duplicateKeysAndPermissionsMissingEverywhereAreProblems() {
        assertThat(WorkflowLint.problems("dup.yml", GOOD.replace("name: good", "name: good\nname: again")))
                .anySatisfy(p -> assertThat(p).contains("duplicate key"));
        assertThat(WorkflowLint.problems("noperm.yml", GOOD.replace("permissions:\n  contents: read\n", "")))
                .anySatisfy(p -> assertThat(p).contains("no permissions"));
    }
}
