package dev.crm.deploy.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** values.schema.json: Helm refuses to render with an unknown key or a value of the wrong type. */
class ValuesSchemaTests {

    @Test
    void refusesAnUnknownKeyAtTheTop() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("replicaCount", 3)))
                .hasMessageContaining("replicaCount");
    }

    @Test
    void refusesAMisspeltKeyInsideAService() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("services.auth.replica", 3)))
                .hasMessageContaining("replica");
    }

    @Test
    void refusesAServiceTheChartDoesNotHave() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("services.billing.replicas", 1)))
                .hasMessageContaining("billing");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("services.auth.replicas", "two")))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("networkPolicy.enabled", "yes")))
                .hasMessageContaining("enabled");
    }

    @Test
    void refusesAValueOutsideItsChoices() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("nats.auth.type", "password")))
                .hasMessageContaining("type");
    }

    @Test
    void refusesAContainerWithoutLimits() {
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("services.deal.resources.limits", null)))
                .hasMessageContaining("limits");
    }
}
