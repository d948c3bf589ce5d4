package dev.crm.deal.deals;

import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.deal.DealError;
import dev.crm.deal.pipelines.RequiredField;
import dev.crm.deal.pipelines.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of a stage change, one check for every way a deal moves (create, PUT, PATCH, bulk): the
 * current stage must allow the target, and the deal must have what the target requires.
 */
final class StageRules {

    private StageRules() {}

    /** Refusal of moving from {@code from} to {@code to} within one pipeline, in words; empty when allowed. */
    static Optional<String> transitionRefusal(Stage from, Stage to, Collection<Stage> pipelineStages) {
        if (from == null || from.getId().equals(to.getId()) || !from.getPipelineId().equals(to.getPipelineId())) return Optional.empty();
        if (from.allowsMoveTo(to.getId())) return Optional.empty();
        Map<UUID, String> names = pipelineStages.stream().collect(Collectors.toMap(Stage::getId, Stage::getName));
        List<String> allowed = from.getAllowedNextStageIds().stream().map(names::get).toList();
        return Optional.of("A deal in " + from.getName() + " cannot move to " + to.getName() + ": "
                + (allowed.isEmpty() ? "it may not move on from there." : "it may move only to " + inWords(allowed, Function.identity(), "or") + "."));
    }

    /** What the deal {@code data} lacks to enter {@code to}: one problem per field, named {@code prefix + field}. */
    static List<FieldProblem> missingToEnter(Stage to, DealData data, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RequiredField field : to.getRequiredFields()) {
            if (!has(data, field)) {
                problems.add(new FieldProblem(prefix + field.field(), to.getName() + " needs " + field.description() + "."));
            }
        }
        return problems;
    }

    /** Throws the refusal of a move, if any: 422 naming the rule. */
    static void requireMove(Stage from, Stage to, DealData data, Collection<Stage> pipelineStages) {
        Optional<String> refusal = transitionRefusal(from, to, pipelineStages);
        if (refusal.isPresent()) {
            throw new CrmException(DealError.TRANSITION_NOT_ALLOWED, refusal.get(), List.of(new FieldProblem("stageId", refusal.get())), Map.of());
        }
        List<FieldProblem> missing = missingToEnter(to, data, "");
        if (!missing.isEmpty()) throw requirementsMissing(to.getName(), missing);
    }

    static CrmException requirementsMissing(String stageName, List<FieldProblem> missing) {
        String detail = missing.size() == 1 ? missing.get(0).message()
                : stageName + " needs " + inWords(missing, p -> RequiredField.of(p.field().substring(p.field().lastIndexOf('.') + 1)).description(), "and") + ".";
        return new CrmException(DealError.STAGE_REQUIREMENTS_MISSING, detail, missing, Map.of());
    }

    private static boolean has(DealData data, RequiredField field) {
        return switch (field) {
            case VALUE -> data.value() != null;
            case EXPECTED_CLOSE_DATE -> data.expectedCloseDate() != null;
            case CONTACT -> data.contactId() != null;
            case COMPANY -> data.companyId() != null;
            case LOST_REASON -> data.lostReason() != null;
        };
    }

    private static <T> String inWords(List<T> items, Function<T, String> words, String conjunction) {
        List<String> parts = items.stream().map(words).toList();
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.get(parts.size() - 1);
    }
}
