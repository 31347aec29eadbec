package org.gongwei.indicators.maternal;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.maternal.Pregnancy;

/**
 * Live births (活产数), the denominator shared by CH-01 and MAT-01…MAT-04: the sum of {@code
 * live_births} of the pregnancies delivered in the period, whatever the mother's residence status
 * (the area's register of deliveries). A delivered pregnancy with no recorded number of live births
 * counts as one live birth; a recorded 0 (stillbirth) counts as none.
 */
public final class LiveBirths {
  private LiveBirths() {}

  /** The live births of one pregnancy: its {@code live_births}, or 1 when not recorded. */
  public static int of(Pregnancy pregnancy) {
    return pregnancy.liveBirths().isPresent() ? pregnancy.liveBirths().getAsInt() : 1;
  }

  /** The live births of the pregnancies delivered in {@code [start, end]}. */
  public static long inPeriod(List<Pregnancy> pregnancies, LocalDate start, LocalDate end) {
    long births = 0;
    for (int i = 0; i < pregnancies.size(); i++) {
      Pregnancy p = pregnancies.get(i);
      if (p.isDeliveredBetween(start, end)) {
        births += of(p);
      }
    }
    return births;
  }
}
