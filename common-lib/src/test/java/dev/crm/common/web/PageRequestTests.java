package dev.crm.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void capsThePageSizeAtOneHundred() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(25);
        assertThat(PageRequest.of(100, null).limit()).isEqualTo(100);
        assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(CrmException.class);
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(CrmException.class);
    }

    @Test
    void aCursorLeadsBackToTheRowItWasMadeFrom() {
        UUID id = Ids.newId();
        assertThat(PageRequest.of(10, PageRequest.cursorFor(id)).after()).contains(id);
    }

    @Test
    void refusesACursorItDidNotGiveOut() {
        assertThatThrownBy(() -> PageRequest.of(10, "bm90LWEtdXVpZA")).isInstanceOf(CrmException.class)
                .extracting(e -> ((CrmException) e).fieldProblems().get(0).field()).isEqualTo("cursor");
    }

    @Test
    void aPageFetchedWithOneExtraRowKnowsThereIsMore() {
        List<Integer> rows = List.of(1, 2, 3, 4);
        Page<Integer> page = Page.fromOverfetch(rows, 3, String::valueOf);
        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(page.nextCursor()).isEqualTo("3");
        assertThat(Page.fromOverfetch(List.of(1, 2), 3, String::valueOf).nextCursor()).isNull();
    }

    @Test
    void idsAreTimeOrdered() {
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        assertThat(first.version()).isEqualTo(7);
        assertThat(second.compareTo(first)).isPositive();
    }
}
