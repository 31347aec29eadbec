package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.Condition;
import org.junit.jupiter.api.Test;

class CdaBatchTest {

  @Test
  void countsAccountForEveryDocument() {
    CdaDocumentResult resident = new CdaDocumentResult("a.xml", Optional.of(CdaDocumentType.PERSONAL_BASIC_INFORMATION),
        Optional.of(CdaSamples.resident()), List.of());
    CdaDocumentResult followUp = new CdaDocumentResult("b.xml", Optional.of(CdaDocumentType.DIABETES_FOLLOW_UP),
        Optional.of(CdaSamples.followUp(Condition.TYPE2_DIABETES)), List.of());
    CdaDocumentResult bad = new CdaDocumentResult("c.xml", Optional.empty(), Optional.empty(),
        List.of(CdaProblemCode.CDA_NOT_WELL_FORMED.problem("x")));
    CdaBatch batch = new CdaBatch(List.of(resident, followUp, bad));
    assertEquals(3, batch.documentsRead());
    assertEquals(2, batch.documentsAccepted());
    assertEquals(1, batch.documentsRejected());
    assertEquals(List.of(CdaSamples.resident()), batch.residents());
    assertEquals(List.of(CdaSamples.followUp(Condition.TYPE2_DIABETES)), batch.followUps());
    assertEquals(1, batch.problems().size());
    assertEquals("CDA batch: 3 read, 2 accepted, 1 rejected", batch.toString());
    assertEquals(0, new CdaBatch(List.of()).documentsRead());
  }
}
