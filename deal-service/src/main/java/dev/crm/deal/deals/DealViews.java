package dev.crm.deal.deals;

import dev.crm.common.time.Timestamps;
import dev.crm.deal.links.LinkedRecords;
import dev.crm.deal.links.LinkedRecords.Label;
import dev.crm.deal.pipelines.Stage;
import dev.crm.deal.pipelines.StageRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Deals as clients see them: with their linked records' names and whether they are rotting, looked up once for a whole page. */
@Component
class DealViews {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final Label UNKNOWN = new Label(null, false);

    private final StageRepository stages;
    private final LinkedRecords links;
    private final JsonMapper json;

    DealViews(StageRepository stages, LinkedRecords links, JsonMapper json) {
        this.stages = stages;
        this.links = links;
        this.json = json;
    }

    /** One deal; its stage through the persistence context (a write has loaded the pipeline's stages already). */
    DealResponse of(Deal deal) {
        return view(deal, stages.findById(deal.getStageId()).orElse(null), links.find(Arrays.asList(deal.getContactId(), deal.getCompanyId())),
                Timestamps.now());
    }

    /** The deal after a write; the linked records' names are {@code before}'s when the write kept its links. */
    DealResponse after(Deal deal, DealResponse before) {
        if (!Objects.equals(deal.getContactId(), before.contactId()) || !Objects.equals(deal.getCompanyId(), before.companyId())) {
            return of(deal);
        }
        Map<UUID, Label> labels = new HashMap<>();
        if (before.contactId() != null) labels.put(before.contactId(), new Label(before.contactName(), before.contactDeleted()));
        if (before.companyId() != null) labels.put(before.companyId(), new Label(before.companyName(), before.companyDeleted()));
        return view(deal, stages.findById(deal.getStageId()).orElse(null), labels, Timestamps.now());
    }

    List<DealResponse> of(List<Deal> deals) {
        Map<UUID, Stage> stagesById = stages.findAllById(deals.stream().map(Deal::getStageId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Stage::getId, Function.identity()));
        Set<UUID> linked = new HashSet<>();
        deals.forEach(d -> {
            linked.add(d.getContactId());
            linked.add(d.getCompanyId());
        });
        Map<UUID, Label> labels = links.find(linked);
        Instant now = Timestamps.now();
        return deals.stream().map(d -> view(d, stagesById.get(d.getStageId()), labels, now)).toList();
    }

    private DealResponse view(Deal d, Stage stage, Map<UUID, Label> labels, Instant now) {
        Label contact = d.getContactId() == null ? UNKNOWN : labels.getOrDefault(d.getContactId(), UNKNOWN);
        Label company = d.getCompanyId() == null ? UNKNOWN : labels.getOrDefault(d.getCompanyId(), UNKNOWN);
        return new DealResponse(d.getId(), d.getName(), d.getValue(), d.getCurrency(), d.getPipelineId(), d.getStageId(),
                d.getStatus(), d.getContactId(), contact.name(), contact.deleted(), d.getCompanyId(), company.name(),
                company.deleted(), d.getOwnerId(), d.getExpectedCloseDate(), d.getLostReason(), d.getClosedAt(),
                d.getStageEnteredAt(), stage != null && d.isRotting(stage, now), json.readValue(d.getCustomFields(), OBJECT),
                d.getCreatedBy(), d.getUpdatedBy(), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion());
    }
}
