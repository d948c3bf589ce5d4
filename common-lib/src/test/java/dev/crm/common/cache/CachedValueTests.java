package dev.crm.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedValueTests {

    record Person(String name, Instant born) {}

    record PersonWithTags(String name, Instant born, Map<String, Object> tags) {}

    @Test
    void readsBackWhatItWrote() {
        CachedValue value = new CachedValue(7, 42, "{\"name\":\"Ada: the first\"}");
        assertThat(CachedValue.decode(value.encoded())).isEqualTo(value);
    }

    @Test
    void aTombstoneOrAForeignValueIsNoValue() {
        assertThat(CachedValue.decode(CachedValue.TOMBSTONE)).isNull();
        assertThat(CachedValue.decode(null)).isNull();
        assertThat(CachedValue.decode("x:y:{}")).isNull();
        assertThat(CachedValue.decode("{\"name\":\"Ada\"}")).isNull();
    }

    @Test
    void aValueOfAnEarlierGenerationIsNotCurrent() {
        int shape = CachedValue.shapeOf(Person.class);
        CachedValue value = new CachedValue(3, shape, "{}");
        assertThat(value.isCurrent(3, shape)).isTrue();
        assertThat(value.isCurrent(4, shape)).isFalse();
        assertThat(CachedValue.generation(null)).isZero();
        assertThat(CachedValue.generation("4")).isEqualTo(4);
    }

    @Test
    void aRecordTypeWithOtherComponentsHasAnotherShape() {
        assertThat(CachedValue.shapeOf(Person.class)).isEqualTo(CachedValue.shapeOf(Person.class));
        assertThat(CachedValue.shapeOf(Person.class)).isNotEqualTo(CachedValue.shapeOf(PersonWithTags.class));
        CachedValue written = new CachedValue(0, CachedValue.shapeOf(Person.class), "{}");
        assertThat(written.isCurrent(0, CachedValue.shapeOf(PersonWithTags.class))).isFalse();
    }
}
