package org.gongwei.core.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.Samples;
import org.gongwei.core.code.InstitutionType;
import org.junit.jupiter.api.Test;

class InstitutionTreeTest {
  private static Institution institution(String code, String parent) {
    Institution.Builder b =
        Institution.builder().code(code).name("机构" + code).type(InstitutionType.VILLAGE_CLINIC).regionCode(Samples.VILLAGE);
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  @Test
  void ancestorsNearestFirstAndChildren() {
    InstitutionTree tree =
        InstitutionTree.of(List.of(institution("C", null), institution("T", "C"), institution("V1", "T"), institution("V2", "T")));
    assertEquals(List.of("T", "C"), tree.ancestorsOf("V1"));
    assertEquals(List.of("V1", "V2"), tree.childrenOf("T"));
    assertTrue(tree.isWithin("V2", "C"));
    assertTrue(tree.isWithin("T", "T"));
    assertFalse(tree.isWithin("C", "T"));
    assertEquals(List.of(), tree.ancestorsOf("unknown"));
  }

  @Test
  void unknownParentsAndCyclesEndTheChain() {
    InstitutionTree tree =
        InstitutionTree.of(List.of(institution("A", "B"), institution("B", "A"), institution("X", "nowhere")));
    assertEquals(List.of("B"), tree.ancestorsOf("A"));
    assertEquals(List.of("A"), tree.ancestorsOf("B"));
    assertEquals(List.of(), tree.ancestorsOf("X"));
    assertEquals(3, tree.size());
  }
}
