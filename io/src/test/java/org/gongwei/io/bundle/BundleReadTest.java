package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.gongwei.core.dataset.Dataset;
import org.junit.jupiter.api.Test;

class BundleReadTest {
  @Test
  void holdsTheDatasetAndTheAccount() {
    BundleAccount account = BundleAccount.of(Map.of(), List.of(), 10);
    BundleRead read = new BundleRead(Dataset.empty(), account);
    assertEquals(List.of(), read.problems());
    assertFalse(read.hasErrors());
    assertEquals("BundleRead[Dataset[0 residents, 0 records], 0 read, 0 rejected, 0 problems]",
        read.toString());
    assertThrows(NullPointerException.class, () -> new BundleRead(null, account));
    assertThrows(NullPointerException.class, () -> new BundleRead(Dataset.empty(), null));
  }
}
