package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class CdaDocumentResultTest {
  private static final Problem ERROR = CdaProblemCode.CDA_BAD_DATE.problem("bad");
  private static final Problem WARNING = CdaProblemCode.CDA_DATE_NONSTANDARD.problem("iso");

  @Test
  void acceptedExactlyWhenNoError() {
    BundleRecord f = CdaSamples.followUp(Condition.HYPERTENSION);
    CdaDocumentResult ok = new CdaDocumentResult("f.xml", Optional.of(CdaDocumentType.HYPERTENSION_FOLLOW_UP),
        Optional.of(f), List.of(WARNING));
    assertEquals(true, ok.isAccepted());
    assertEquals(Optional.of(f), ok.followUp());
    assertEquals(Optional.empty(), ok.resident());
    assertEquals(1, ok.problemCount(Severity.WARNING));
    assertThrows(IllegalArgumentException.class,
        () -> new CdaDocumentResult("f.xml", Optional.empty(), Optional.of(f), List.of(ERROR)));
    assertThrows(IllegalArgumentException.class,
        () -> new CdaDocumentResult("f.xml", Optional.empty(), Optional.empty(), List.of(WARNING)));
  }

  @Test
  void toStringSummarises() {
    CdaDocumentResult bad = new CdaDocumentResult("bad.xml", Optional.empty(), Optional.empty(), List.of(ERROR));
    assertEquals("bad.xml: rejected; 1 error, 0 warnings", bad.toString());
    CdaDocumentResult ok = new CdaDocumentResult("r.xml", Optional.of(CdaDocumentType.PERSONAL_BASIC_INFORMATION),
        Optional.of(CdaSamples.resident()), List.of());
    assertEquals("r.xml HSDA00.01: accepted Resident[43032110120100001, FEMALE, 1949-12-31, 430321101201];"
        + " 0 errors, 0 warnings", ok.toString());
  }
}
