package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrimaryCareTierTest {

  @ParameterizedTest
  @EnumSource(PrimaryCareTier.class)
  void eachTierHasTwoInstitutionTypes(PrimaryCareTier tier) {
    Set<InstitutionType> types =
        Arrays.stream(InstitutionType.values())
            .filter(t -> t.tier() == tier)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(InstitutionType.class)));
    Set<InstitutionType> expected =
        switch (tier) {
          case CENTRE -> EnumSet.of(InstitutionType.TOWNSHIP_HEALTH_CENTER, InstitutionType.COMMUNITY_HEALTH_CENTER);
          case STATION -> EnumSet.of(InstitutionType.VILLAGE_CLINIC, InstitutionType.COMMUNITY_HEALTH_STATION);
          case NONE -> EnumSet.of(InstitutionType.HOSPITAL, InstitutionType.OTHER);
        };
    assertEquals(expected, types);
  }
}
