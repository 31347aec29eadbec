package org.gongwei.core.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.EducationKind;
import org.junit.jupiter.api.Test;

class EducationActivityTest {
  @Test
  void buildsAndChecksParticipants() {
    EducationActivity.Builder b =
        EducationActivity.builder().activityId("A1").institutionCode("430321101").activityDate(LocalDate.of(2024, 3, 1)).kind(EducationKind.LECTURE);
    assertEquals("EducationActivity[A1, 430321101, 2024-03-01 LECTURE]", b.title("高血压防治").participants(40).build().toString());
    assertThrows(IllegalArgumentException.class, () -> b.participants(-1).build());
  }
}
