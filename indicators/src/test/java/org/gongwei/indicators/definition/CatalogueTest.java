package org.gongwei.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private static final Catalogue NATIONAL = Catalogue.national();

  private static final List<String> IDS =
      List.of(
          "EHR-01", "EHR-02", "EHR-03", "EHR-05", "HE-01", "IMM-01", "IMM-02", "IMM-03", "CH-01",
          "CH-02", "CH-03", "MAT-01", "MAT-02", "MAT-03", "MAT-04", "OLD-01", "HTN-01", "HTN-02",
          "HTN-03", "DM-01", "DM-02", "DM-03", "SMD-01", "SMD-02", "SMD-03", "SMD-04", "SMD-05",
          "SMD-06", "TB-01", "TB-02", "TCM-01", "TCM-02", "ID-01", "ID-02", "ID-03", "SUP-01",
          "SUP-02", "FD-01", "FD-02", "FD-03", "FD-04", "PC-01", "PC-02", "PC-03");

  private static Set<Knob> knobsOf(String id) {
    return NATIONAL.byId(id).orElseThrow().knobs();
  }

  @Test
  void everyIdInDocumentOrder() {
    assertEquals(IDS, NATIONAL.all().stream().map(IndicatorDefinition::id).collect(Collectors.toList()));
    assertEquals(44, NATIONAL.size());
  }

  @Test
  void idsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (IndicatorDefinition d : NATIONAL.all()) {
      assertTrue(seen.add(d.id()), d.id());
    }
  }

  @Test
  void everyKnobIsReadExceptNameAndTargets() {
    Set<Knob> read = EnumSet.noneOf(Knob.class);
    NATIONAL.all().forEach(d -> read.addAll(d.knobs()));
    Set<Knob> expected = EnumSet.allOf(Knob.class);
    expected.remove(Knob.NAME);
    expected.remove(Knob.TARGETS);
    assertEquals(expected, read);
  }

  @Test
  void knobsAsIndicatorsMdSays() {
    assertEquals(
        EnumSet.of(
            Knob.MANAGED_REQUIRES_FOLLOW_UP,
            Knob.FOLLOW_UP_REQUIREMENT,
            Knob.REQUIRE_ANNUAL_CHECKUP,
            Knob.CHECKUP_COUNTS_AS_FOLLOW_UP),
        knobsOf("HTN-01"));
    assertEquals(knobsOf("HTN-01"), knobsOf("DM-01"));
    assertEquals(
        EnumSet.of(Knob.CONTROL_VISIT, Knob.ELDERLY_BP_TARGET, Knob.MANAGED_REQUIRES_FOLLOW_UP),
        knobsOf("HTN-02"));
    assertEquals(
        EnumSet.of(Knob.CONTROL_VISIT, Knob.FASTING_GLUCOSE_TARGET, Knob.MANAGED_REQUIRES_FOLLOW_UP),
        knobsOf("DM-02"));
    assertEquals(EnumSet.of(Knob.DYNAMIC_RECORD_WINDOW_MONTHS), knobsOf("EHR-03"));
    assertEquals(EnumSet.of(Knob.CERTIFICATE_COHORT, Knob.POPULATION_DENOMINATOR), knobsOf("IMM-01"));
    assertEquals(EnumSet.of(Knob.NEWBORN_VISIT_DAYS), knobsOf("CH-01"));
    assertEquals(EnumSet.of(Knob.EARLY_REGISTRATION_WEEKS), knobsOf("MAT-01"));
    assertEquals(EnumSet.of(Knob.POSTPARTUM_VISIT_DAYS), knobsOf("MAT-02"));
    assertEquals(
        EnumSet.of(Knob.EARLY_REGISTRATION_WEEKS, Knob.SYSTEMATIC_PRENATAL_VISITS, Knob.POSTPARTUM_VISIT_DAYS),
        knobsOf("MAT-04"));
    assertEquals(EnumSet.of(Knob.FOLLOW_UP_REQUIREMENT), knobsOf("SMD-01"));
    assertEquals(EnumSet.of(Knob.FIRST_VISIT_HOURS), knobsOf("TB-01"));
    assertEquals(EnumSet.of(Knob.RENEWAL_GRACE_DAYS), knobsOf("FD-03"));
  }

  @Test
  void populationDenominatorIndicatorsReadTheKnob() {
    Set<String> readers =
        NATIONAL.all().stream()
            .filter(d -> d.reads(Knob.POPULATION_DENOMINATOR))
            .map(IndicatorDefinition::id)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("EHR-01", "EHR-02", "EHR-05", "IMM-01", "CH-02", "OLD-01", "SMD-02",
            "TCM-01", "FD-01", "PC-02"),
        readers);
  }

  @Test
  void units() {
    assertEquals(Unit.PER_THOUSAND, NATIONAL.byId("SMD-02").orElseThrow().unit());
    assertEquals(Unit.PER_TEN_THOUSAND, NATIONAL.byId("PC-02").orElseThrow().unit());
    assertEquals(Unit.COUNT, NATIONAL.byId("SUP-02").orElseThrow().unit());
    assertEquals(Optional.empty(), NATIONAL.byId("SUP-02").orElseThrow().denominator());
    Set<String> notPercent =
        NATIONAL.all().stream()
            .filter(d -> d.unit() != Unit.PERCENT)
            .map(IndicatorDefinition::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of("SMD-02", "PC-02", "SUP-02"), notPercent);
  }

  @Test
  void optionalIndicators() {
    Set<String> optional =
        NATIONAL.all().stream()
            .filter(d -> d.requirement() == Requirement.OPTIONAL)
            .map(IndicatorDefinition::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of("CH-03", "MAT-03", "MAT-04"), optional);
  }

  @Test
  void categoriesFollowThePrefixes() {
    Map<String, Category> byPrefix =
        Map.ofEntries(
            Map.entry("EHR", Category.RECORDS),
            Map.entry("HE", Category.EDUCATION),
            Map.entry("IMM", Category.IMMUNIZATION),
            Map.entry("CH", Category.CHILD),
            Map.entry("MAT", Category.MATERNAL),
            Map.entry("OLD", Category.ELDERLY),
            Map.entry("HTN", Category.CHRONIC),
            Map.entry("DM", Category.CHRONIC),
            Map.entry("SMD", Category.MENTAL),
            Map.entry("TB", Category.TUBERCULOSIS),
            Map.entry("TCM", Category.TCM),
            Map.entry("ID", Category.INFECTIOUS),
            Map.entry("SUP", Category.SUPERVISION),
            Map.entry("FD", Category.FAMILY_DOCTOR),
            Map.entry("PC", Category.PRIMARY_CARE));
    for (IndicatorDefinition d : NATIONAL.all()) {
      assertEquals(byPrefix.get(d.id().substring(0, d.id().indexOf('-'))), d.category(), d.id());
      assertTrue(d.section().isPresent(), d.id());
      assertFalse(d.source().isBlank(), d.id());
    }
    for (Category c : Category.values()) {
      assertFalse(NATIONAL.inCategory(c).isEmpty(), c.name());
    }
  }

  @Test
  void inCategoryKeepsOrder() {
    List<String> chronic =
        NATIONAL.inCategory(Category.CHRONIC).stream()
            .map(IndicatorDefinition::id)
            .collect(Collectors.toList());
    assertEquals(List.of("HTN-01", "HTN-02", "HTN-03", "DM-01", "DM-02", "DM-03"), chronic);
  }

  @Test
  void bases() {
    assertEquals(Basis.INSTITUTION, NATIONAL.byId("HE-01").orElseThrow().basis());
    assertEquals(Basis.EVENT, NATIONAL.byId("ID-02").orElseThrow().basis());
    assertEquals(Basis.EVENT, NATIONAL.byId("SUP-02").orElseThrow().basis());
    assertEquals(Basis.AGGREGATE, NATIONAL.byId("PC-01").orElseThrow().basis());
    assertEquals(Basis.PERSON, NATIONAL.byId("HTN-01").orElseThrow().basis());
  }

  @Test
  void everyNationalTargetNamesACatalogueIndicator() {
    for (String id : Rulebook.national2017().targets().keySet()) {
      assertTrue(NATIONAL.byId(id).isPresent(), id);
    }
  }

  @Test
  void byIdIsExact() {
    assertEquals("高血压患者规范管理率", NATIONAL.byId("HTN-01").orElseThrow().nameZh());
    assertEquals(Optional.empty(), NATIONAL.byId("htn-01"));
    assertEquals(Optional.empty(), NATIONAL.byId("EHR-04"));
  }

  @Test
  void ofRejectsDuplicateIds() {
    IndicatorDefinition d = NATIONAL.byId("FD-01").orElseThrow();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Catalogue.of(List.of(d, d)));
    assertTrue(e.getMessage().contains("FD-01"));
  }

  @Test
  void immutableAndPrintable() {
    assertThrows(UnsupportedOperationException.class, () -> NATIONAL.all().clear());
    assertEquals("Catalogue[44 indicators: EHR-01 … PC-03]", NATIONAL.toString());
    assertEquals("Catalogue[0 indicators]", Catalogue.of(List.of()).toString());
    assertEquals(NATIONAL, Catalogue.of(NATIONAL.all()));
  }
}
