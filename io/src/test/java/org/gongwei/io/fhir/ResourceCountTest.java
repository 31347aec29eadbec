package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResourceCountTest {

  @Test
  void readIsUsedPlusRejectedPlusIgnored() {
    assertEquals("5 read, 3 used, 1 rejected, 1 ignored", new ResourceCount(5, 3, 1, 1).toString());
    assertThrows(IllegalArgumentException.class, () -> new ResourceCount(5, 3, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new ResourceCount(-1, -1, 0, 0));
  }
}
