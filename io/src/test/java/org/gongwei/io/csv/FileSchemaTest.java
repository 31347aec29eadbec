package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class FileSchemaTest {
  @Test
  void everyRecordTypeHasASchema() {
    for (RecordType type : RecordType.values()) {
      FileSchema s = FileSchema.of(type);
      assertNotNull(s, type.name());
      assertEquals(type, s.recordType());
      assertTrue(s.idColumn().isRequired(), type + ": the id column is required");
    }
  }

  @Test
  void residentsAsInExchangeFormat() {
    FileSchema s = FileSchema.of(RecordType.RESIDENT);
    assertEquals(22, s.columns().size());
    assertEquals(List.of("resident_id", "sex", "birth_date", "region_code", "institution_code",
        "permanent"), s.requiredColumns());
    assertEquals(ValueKind.ID_NUMBER, s.column("id_number").orElseThrow().kind());
    assertEquals(OptionalInt.of(2), s.column("ethnicity").orElseThrow().codeWidth());
    assertEquals(OptionalInt.of(2), s.column("id_type").orElseThrow().codeWidth());
    assertEquals(ValueKind.BOOLEAN, s.column("permanent").orElseThrow().kind());
    assertEquals(Optional.empty(), s.column("visit_date"));
    assertEquals("residents.csv (22 columns, 6 required)", s.toString());
  }

  @Test
  void kindsOfSomeColumns() {
    assertEquals(ValueKind.DATE_TIME,
        FileSchema.of(RecordType.INFECTIOUS_CASE).column("diagnosed_at").orElseThrow().kind());
    assertFalse(FileSchema.of(RecordType.INFECTIOUS_CASE).column("reported_at").orElseThrow()
        .isRequired());
    assertEquals(ValueKind.DECIMAL,
        FileSchema.of(RecordType.POPULATION).column("diabetes_prevalence").orElseThrow().kind());
    assertEquals(ValueKind.INTEGER,
        FileSchema.of(RecordType.VACCINATION).column("dose").orElseThrow().kind());
    assertFalse(FileSchema.of(RecordType.SATISFACTION_SURVEY).column("resident_id").orElseThrow()
        .isRequired());
    assertEquals(List.of("contract_id", "resident_id", "start_date", "end_date"),
        FileSchema.of(RecordType.CONTRACT).requiredColumns());
  }
}
