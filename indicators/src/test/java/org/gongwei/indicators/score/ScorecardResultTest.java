package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.junit.jupiter.api.Test;

class ScorecardResultTest {
  @Test
  void printsATableWithTotalAndCoefficient() {
    Map<String, Rate> rates = Map.of("A-01", Rate.of(6_012, 10_000), "B-01", Rate.of(6, 100));
    ScorecardResult r = ScorecardTest.CARD.score("T1", "卫生院", id -> Optional.ofNullable(rates.get(id)));
    String text = r.toString();
    assertTrue(text.startsWith("Scorecard test, T1 卫生院\n"), text);
    assertTrue(text.contains("60.12% of target 65% → 92.49% of 10 points"), text);
    assertTrue(text.contains("no result → 0 of 5 points"), text);
    assertTrue(text.endsWith("Total 13.42 / 20.00, quality coefficient 0.6710\n"), text);
    assertEquals(3, r.items().size());
  }
}
