package org.gongwei.core.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongwei.core.Samples;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class InstitutionTest {
  private static Institution.Builder centre() {
    return Institution.builder()
        .code("430321101")
        .name("花明楼镇卫生院")
        .type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(Samples.VILLAGE);
  }

  @Test
  void buildsAndPrints() {
    Institution i = centre().parentCode("430321").build();
    assertEquals("430321101", i.id());
    assertEquals(RecordType.INSTITUTION, i.recordType());
    assertEquals("430321101 花明楼镇卫生院 (TOWNSHIP_HEALTH_CENTER)", i.toString());
  }

  @Test
  void cannotBeItsOwnParent() {
    assertThrows(IllegalArgumentException.class, () -> centre().parentCode("430321101").build());
  }

  @Test
  void requiresNameAndCode() {
    assertThrows(IllegalArgumentException.class, () -> centre().name("").build());
    assertThrows(IllegalStateException.class, () -> Institution.builder().code("X").build());
  }
}
