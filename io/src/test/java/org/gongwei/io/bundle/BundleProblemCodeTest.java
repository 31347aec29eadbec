package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class BundleProblemCodeTest {
  @Test
  void problemsCarryTheNameAndTheUsualSeverity() {
    Problem p = BundleProblemCode.CODE_UNKNOWN.problem("sex: '3' is not a code of Sex");
    assertEquals("CODE_UNKNOWN", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(Severity.INFO, BundleProblemCode.BUNDLE_UNKNOWN_FILE.severity());
    assertEquals(Severity.WARNING, BundleProblemCode.BUNDLE_FILE_NAME_CASE.severity());
    assertEquals(Severity.WARNING, BundleProblemCode.NUMBER_ROUNDED.severity());
    assertEquals(Severity.ERROR, BundleProblemCode.BUNDLE_RESIDENTS_MISSING.severity());
    assertThrows(NullPointerException.class, () -> BundleProblemCode.RECORD_INVALID.problem(null));
  }
}
