package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CodedTest {

  @Test
  void fromCodeStripsSurroundingWhiteSpaceOnly() {
    assertSame(Sex.MALE, Coded.fromCode(Sex.class, "\t1 "));
    CodeTableChecks.assertRejects(Sex.class, v -> Coded.fromCode(Sex.class, v), "1 1");
  }

  @Test
  void fromCodeNamesItsNullArguments() {
    NullPointerException type = assertThrows(NullPointerException.class, () -> Coded.fromCode(null, "1"));
    assertEquals("type", type.getMessage());
    NullPointerException code = assertThrows(NullPointerException.class, () -> Coded.fromCode(Sex.class, null));
    assertEquals("code", code.getMessage());
  }

  @Test
  void fromCodeOrNameNamesItsNullArguments() {
    NullPointerException value =
        assertThrows(NullPointerException.class, () -> Coded.fromCodeOrName(Sex.class, null));
    assertEquals("value", value.getMessage());
  }

  @Test
  void fromCodeOrNamePrefersTheCode() {
    assertSame(Sex.FEMALE, Coded.fromCodeOrName(Sex.class, "2"));
    assertSame(Sex.FEMALE, Coded.fromCodeOrName(Sex.class, "female"));
    assertSame(Ethnicity.LI, Coded.fromCodeOrName(Ethnicity.class, "li"));
    assertSame(Ethnicity.LI, Coded.fromCodeOrName(Ethnicity.class, "19"));
  }

  @Property
  void fromCodeFindsTheConstantWithThatCodeOrThrows(@ForAll String value) {
    String wanted = value.strip();
    Ethnicity match = null;
    for (Ethnicity e : Ethnicity.values()) {
      if (e.code().equals(wanted)) {
        match = e;
      }
    }
    if (match != null) {
      assertSame(match, Ethnicity.fromCode(value));
    } else {
      CodeTableChecks.assertRejects(Ethnicity.class, Ethnicity::fromCode, value);
    }
  }

  @Property
  void fromCodeOrNameAcceptsEveryNameInAnyCase(@ForAll FollowUpMethod method, @ForAll boolean lower) {
    String name = lower ? method.name().toLowerCase(Locale.ROOT) : method.name();
    assertSame(method, Coded.fromCodeOrName(FollowUpMethod.class, name));
    assertTrue(method.code().chars().allMatch(Character::isDigit));
  }
}
