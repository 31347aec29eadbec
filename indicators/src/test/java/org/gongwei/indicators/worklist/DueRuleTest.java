package org.gongwei.indicators.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongwei.core.code.UnknownCodeException;
import org.gongwei.indicators.definition.Catalogue;
import org.junit.jupiter.api.Test;

class DueRuleTest {
  @Test
  void codesLabelsAndRoundTrip() {
    assertEquals("VACCINATION", DueRule.VACCINATION.code());
    assertEquals("预防接种", DueRule.VACCINATION.label());
    assertEquals("高血压患者随访", DueRule.HYPERTENSION_FOLLOW_UP.label());
    assertEquals("肺结核患者首次入户随访", DueRule.TB_FIRST_VISIT.label());
    for (DueRule rule : DueRule.values()) {
      assertEquals(rule, DueRule.fromCode(rule.code()));
      assertFalse(rule.label().isBlank(), rule::name);
    }
    assertEquals(DueRule.CHILD_TCM, DueRule.fromCode(" CHILD_TCM "));
    assertThrows(UnknownCodeException.class, () -> DueRule.fromCode("vaccination"));
  }

  @Test
  void everyRuleServesIndicatorsOfTheCatalogue() {
    assertEquals(List.of("HTN-01"), DueRule.HYPERTENSION_FOLLOW_UP.indicatorIds());
    assertEquals(List.of("OLD-01", "HTN-01", "DM-01"), DueRule.ELDERLY_CHECKUP.indicatorIds());
    assertEquals(List.of("IMM-02", "IMM-03"), DueRule.VACCINATION.indicatorIds());
    Catalogue catalogue = Catalogue.national();
    for (DueRule rule : DueRule.values()) {
      assertFalse(rule.indicatorIds().isEmpty(), rule::name);
      for (String id : rule.indicatorIds()) {
        assertEquals(id, catalogue.byId(id).orElseThrow().id(), () -> rule + " " + id);
      }
    }
  }
}
