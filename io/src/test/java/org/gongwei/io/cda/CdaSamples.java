package org.gongwei.io.cda;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.resident.Resident;

/** Sample records, generators and helpers shared by the CDA tests. */
final class CdaSamples {
  private CdaSamples() {}

  /** 2024-03-05 10:15:00 in Beijing. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T02:15:00Z"), ZoneId.of("Asia/Shanghai"));
  static final CdaWriter WRITER = CdaWriter.withClock(CLOCK);
  static final CdaReader READER = CdaReader.create();

  static Resident resident() {
    return Resident.builder()
        .residentId("43032110120100001")
        .idNumber("11010519491231002X")
        .name("张秀英")
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1949, 12, 31))
        .ethnicity(Ethnicity.HAN)
        .regionCode(RegionCode.parse("430321101201"))
        .institutionCode("430321101")
        .doctorId("D007")
        .permanent(true)
        .householdRegistered(true)
        .recordEstablishedDate(LocalDate.of(2018, 4, 2))
        .electronicRecord(true)
        .build();
  }

  static Institution institution() {
    return Institution.builder()
        .code("430321101")
        .name("某某镇卫生院")
        .type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(RegionCode.parse("430321101"))
        .build();
  }

  static FollowUp followUp(Condition condition) {
    FollowUp.Builder b = FollowUp.builder()
        .followUpId("F2024-0001")
        .residentId("43032110120100001")
        .condition(condition)
        .visitDate(LocalDate.of(2024, 3, 5))
        .method(FollowUpMethod.HOME)
        .sbp(146)
        .dbp(92)
        .classification(FollowUpClassification.UNSATISFACTORY)
        .adherence(MedicationAdherence.INTERMITTENT)
        .referral(true)
        .nextVisitDate(LocalDate.of(2024, 4, 5))
        .doctorId("D007")
        .institutionCode("430321101");
    if (condition == Condition.TYPE2_DIABETES) {
      b.fastingGlucose(8.4).hba1c(7.2);
    }
    return b.build();
  }

  static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(UTF_8));
  }

  static CdaDocumentResult read(String xml) {
    return READER.read(stream(xml), "doc.xml");
  }

  static String resource(String name) {
    try (InputStream in = CdaSamples.class.getResourceAsStream("/cda/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ generators

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').withChars('-', '_')
        .ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.isBlank() && s.charAt(0) != '-' && s.charAt(0) != '_');
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 130).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  static Arbitrary<String> names() {
    Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> foreign = Arbitraries.of("阿依古丽·买买提", "Li Na", "𠀀𠀁", "O'Brien & <Sons>");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, han), net.jqwik.api.Tuple.of(1, foreign));
  }

  static Arbitrary<RegionCode> regions() {
    Arbitrary<String> province = Arbitraries.integers().between(11, 82).map(i -> Integer.toString(i));
    Arbitrary<Integer> length = Arbitraries.of(2, 4, 6, 9, 12);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(10);
    return net.jqwik.api.Combinators.combine(province, length, digits)
        .as((p, n, rest) -> RegionCode.parse((p + rest).substring(0, n)));
  }

  static Arbitrary<String> idCardNumbers() {
    Arbitrary<String> valid = Arbitraries.strings().numeric().ofLength(6).flatMap(area ->
        dates().flatMap(birth -> Arbitraries.strings().numeric().ofLength(3).map(seq -> {
          String first17 = area + CdaDates.format(birth) + seq;
          return first17 + IdCardNumber.checkCharacter(first17);
        })));
    return Arbitraries.oneOf(valid, ids());
  }

  static Arbitrary<Resident> residents() {
    Arbitrary<IdDocumentType> idType = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(IdDocumentType.RESIDENT_ID_CARD)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(IdDocumentType.class)));
    return Builders.withBuilder(Resident::builder)
        .use(ids()).inSetter((b, v) -> b.residentId(v))
        .use(idType).inSetter((b, v) -> b.idType(v))
        .use(idCardNumbers().optional()).inSetter((b, v) -> b.idNumber(v))
        .use(names().optional()).inSetter((b, v) -> b.name(v))
        .use(Arbitraries.of(Sex.class)).inSetter((b, v) -> b.sex(v))
        .use(dates()).inSetter((b, v) -> b.birthDate(v))
        .use(Arbitraries.of(Ethnicity.class).optional()).inSetter((b, v) -> b.ethnicity(v))
        .use(regions()).inSetter((b, v) -> b.regionCode(v))
        .use(ids()).inSetter((b, v) -> b.institutionCode(v))
        .use(ids().optional()).inSetter((b, v) -> b.doctorId(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.permanent(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.householdRegistered(v))
        .use(dates().optional()).inSetter((b, v) -> b.recordEstablishedDate(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.electronicRecord(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.recordStandardized(v))
        .use(dates().optional()).inSetter((b, v) -> b.recordClosedDate(v))
        .use(Arbitraries.of(RecordClosureReason.class).optional()).inSetter((b, v) -> b.recordClosedReason(v))
        .use(dates().optional()).inSetter((b, v) -> b.deathDate(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.disabled(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.povertyAlleviated(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.familyPlanningSpecial(v))
        .use(dates().optional()).inSetter((b, v) -> b.vaccinationCertificateDate(v))
        .build(Resident.Builder::build);
  }

  /** Follow-ups of {@code condition} for {@code residentId}. */
  static Arbitrary<FollowUp> followUps(String residentId, Condition condition) {
    return Builders.withBuilder(FollowUp::builder)
        .use(ids()).inSetter((b, v) -> b.followUpId(v))
        .use(dates()).inSetter((b, v) -> b.visitDate(v))
        .use(Arbitraries.of(FollowUpMethod.class)).inSetter((b, v) -> b.method(v))
        .use(Arbitraries.integers().between(40, 300).optional()).inSetter((b, v) -> v.ifPresent(b::sbp))
        .use(Arbitraries.integers().between(20, 200).optional()).inSetter((b, v) -> v.ifPresent(b::dbp))
        .use(Arbitraries.doubles().between(0.5, 40.0).ofScale(2).optional())
        .inSetter((b, v) -> v.ifPresent(b::fastingGlucose))
        .use(Arbitraries.doubles().between(3.0, 20.0).ofScale(1).optional())
        .inSetter((b, v) -> v.ifPresent(b::hba1c))
        .use(Arbitraries.of(FollowUpClassification.class).optional()).inSetter((b, v) -> b.classification(v))
        .use(Arbitraries.of(MedicationAdherence.class).optional()).inSetter((b, v) -> b.adherence(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.adverseReaction(v))
        .use(Arbitraries.of(true, false)).inSetter((b, v) -> b.referral(v))
        .use(dates().optional()).inSetter((b, v) -> b.nextVisitDate(v))
        .use(ids().optional()).inSetter((b, v) -> b.doctorId(v))
        .use(ids().optional()).inSetter((b, v) -> b.institutionCode(v))
        .build(b -> b.residentId(residentId).condition(condition).build());
  }
}
