package org.gongwei.indicators.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpRequirementTest {

  @Test
  void parseBothForms() {
    assertEquals(FollowUpRequirement.proratedQuarters(), FollowUpRequirement.parse("PRORATED_QUARTERS"));
    assertEquals(FollowUpRequirement.fixed(4), FollowUpRequirement.parse("FIXED(4)"));
    assertEquals(FollowUpRequirement.fixed(0), FollowUpRequirement.parse("FIXED(0)"));
  }

  @Property
  void roundTrip(@ForAll @IntRange(min = 0, max = 1_000_000) int n) {
    FollowUpRequirement f = FollowUpRequirement.fixed(n);
    assertEquals("FIXED(" + n + ")", f.toString());
    assertEquals(f, FollowUpRequirement.parse(f.toString()));
    FollowUpRequirement p = FollowUpRequirement.proratedQuarters();
    assertEquals(p, FollowUpRequirement.parse(p.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FIXED(-1)", "FIXED()", "QUARTERLY", "FIXED", "fixed(4)", "FIXED(4) ", " FIXED(4)",
        "FIXED(+4)", "FIXED(04)", "FIXED(4.0)", "prorated_quarters", "PRORATED_QUARTERS(4)",
        "FIXED(99999999999)", ""
      })
  void rejectsOtherForms(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FollowUpRequirement.parse(text));
    assertTrue(e.getMessage().contains("followUpRequirement"), e.getMessage());
  }

  @Test
  void negativeFixedIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> FollowUpRequirement.fixed(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FollowUpRequirement(FollowUpRequirement.Kind.PRORATED_QUARTERS, 3));
  }

  @Test
  void requiredProratedIsCappedAtFour() {
    FollowUpRequirement p = FollowUpRequirement.proratedQuarters();
    assertEquals(0, p.required(0));
    assertEquals(1, p.required(1));
    assertEquals(3, p.required(3));
    assertEquals(4, p.required(4));
    assertEquals(4, p.required(5));
  }

  @Test
  void requiredFixedIgnoresQuarters() {
    FollowUpRequirement f = FollowUpRequirement.fixed(4);
    assertEquals(4, f.required(1));
    assertEquals(4, f.required(5));
    assertThrows(IllegalArgumentException.class, () -> f.required(-1));
  }
}
