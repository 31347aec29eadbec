package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class ColumnAliasesTest {
  private final ColumnAliases aliases = ColumnAliases.builtIn();

  @Test
  void everyColumnAnswersToItsNameInAnyCaseAndHasAChineseLabel() {
    for (RecordType type : RecordType.values()) {
      for (ColumnSchema c : FileSchema.of(type).columns()) {
        assertEquals(Optional.of(c.name()), aliases.resolve(type, c.name()));
        assertEquals(Optional.of(c.name()),
            aliases.resolve(type, " " + c.name().toUpperCase(java.util.Locale.ROOT) + " "));
        String label = ColumnAliases.chineseLabel(type, c.name()).orElseThrow(
            () -> new AssertionError(type + " " + c.name() + " has no Chinese label"));
        assertEquals(Optional.of(c.name()), aliases.resolve(type, label), label);
      }
    }
  }

  @Test
  void labelsAreResolvedPerFile() {
    assertEquals(Optional.of("kind"), aliases.resolve(RecordType.CHECKUP, "类别"));
    assertEquals(Optional.of("kind"), aliases.resolve(RecordType.SUPERVISION, "类别"));
    assertEquals(Optional.of("service_date"), aliases.resolve(RecordType.TCM_SERVICE, "服务日期"));
    assertEquals(Optional.empty(), aliases.resolve(RecordType.RESIDENT, "类别"));
    assertEquals(Optional.of("name"), aliases.resolve(RecordType.INSTITUTION, "机构名称"));
    assertEquals(Optional.empty(), aliases.resolve(RecordType.INSTITUTION, "姓名"));
    assertEquals(Optional.of("name"), aliases.resolve(RecordType.RESIDENT, "姓名"));
    assertEquals(Optional.of("status"), aliases.resolve(RecordType.MENTAL_FOLLOW_UP, "病情"));
    assertEquals(Optional.of("start_date"), aliases.resolve(RecordType.CONTRACT, "签约日期"));
  }

  @Test
  void everyLabelOfAColumnMatches() {
    for (String label : new String[] {"居民编号", "健康档案编号", "档案编号"}) {
      assertEquals(Optional.of("resident_id"), aliases.resolve(RecordType.FOLLOW_UP, label));
    }
    for (String label : new String[] {"身份证号", "证件号码", "身份证件号码"}) {
      assertEquals(Optional.of("id_number"), aliases.resolve(RecordType.RESIDENT, label));
    }
    for (String label : new String[] {"管辖机构", "机构编码", "机构代码"}) {
      assertEquals(Optional.of("institution_code"), aliases.resolve(RecordType.RESIDENT, label));
    }
    assertEquals(Optional.of("region_code"), aliases.resolve(RecordType.INSTITUTION, "区划代码"));
  }

  @Test
  void unitsInBracketsAreIgnored() {
    assertEquals(Optional.of("sbp"), aliases.resolve(RecordType.FOLLOW_UP, "收缩压(mmHg)"));
    assertEquals(Optional.of("sbp"), aliases.resolve(RecordType.FOLLOW_UP, "收缩压（mmHg）"));
    assertEquals(Optional.of("sbp"), aliases.resolve(RecordType.CHECKUP, " 收缩压 (mmHg) "));
    assertEquals(Optional.of("fasting_glucose"),
        aliases.resolve(RecordType.FOLLOW_UP, "空腹血糖（mmol/L）"));
    assertEquals(Optional.of("hba1c"), aliases.resolve(RecordType.FOLLOW_UP, "HbA1c(%)"));
    assertEquals(Optional.of("fee_yuan"), aliases.resolve(RecordType.CONTRACT, "签约费用(元)"));
    assertEquals(Optional.of("birth_date"), aliases.resolve(RecordType.RESIDENT, "\uFEFF出生日期"));
  }

  @Test
  void withAliasExtendsACopy() {
    ColumnAliases more = aliases.withAlias(RecordType.RESIDENT, "Geburtsdatum", "birth_date");
    assertEquals(Optional.of("birth_date"), more.resolve(RecordType.RESIDENT, "geburtsdatum"));
    assertEquals(Optional.empty(), aliases.resolve(RecordType.RESIDENT, "Geburtsdatum"));
    assertEquals(Optional.empty(), more.resolve(RecordType.FOLLOW_UP, "Geburtsdatum"));
    assertNotEquals(aliases, more);
    assertEquals("ColumnAliases[built-in + 1 added]", more.toString());
    assertSame(more, more.withAlias(RecordType.RESIDENT, "GEBURTSDATUM", "birth_date"));
  }

  @Test
  void withAliasRefusesBadRequests() {
    assertThrows(IllegalArgumentException.class,
        () -> aliases.withAlias(RecordType.RESIDENT, "x", "visit_date"));
    assertThrows(IllegalArgumentException.class,
        () -> aliases.withAlias(RecordType.RESIDENT, "  ", "birth_date"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> aliases.withAlias(RecordType.RESIDENT, "姓名", "birth_date"));
    assertTrue(e.getMessage().contains("already names column name"), e.getMessage());
  }

  @Test
  void chineseLabelIsTheFirstLabel() {
    assertEquals(Optional.of("居民编号"), ColumnAliases.chineseLabel(RecordType.RESIDENT,
        "resident_id"));
    assertEquals(Optional.of("机构名称"), ColumnAliases.chineseLabel(RecordType.INSTITUTION, "name"));
    assertEquals(Optional.empty(), ColumnAliases.chineseLabel(RecordType.INSTITUTION, "sbp"));
  }
}
