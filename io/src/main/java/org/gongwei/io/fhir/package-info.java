/**
 * The HL7 FHIR R4 (JSON) mapping of the domain model (exchange format §5): {@link
 * org.gongwei.io.fhir.FhirReader} reads a Bundle into records, {@link
 * org.gongwei.io.fhir.FhirWriter} writes records as a Bundle, and {@link
 * org.gongwei.io.fhir.MeasureReportWriter} writes an indicator report as Measure and MeasureReport
 * resources; {@link org.gongwei.io.fhir.FhirConventions} names every system and extension used.
 *
 * <h2>Why Jackson's tree model and not HAPI FHIR</h2>
 *
 * <p>The mapping is written over Jackson's tree model (Jackson is already a dependency of io),
 * not over HAPI FHIR's structures. For embedders: {@code hapi-fhir-structures-r4} with {@code
 * hapi-fhir-base} and the {@code org.hl7.fhir} core libraries weighs tens of megabytes and brings
 * commons-lang3/text/io/codec, slf4j, OpenTelemetry, ICU4J, Saxon and (with validation) Jena,
 * Thymeleaf and more, whose versions would then be the embedder's problem; the mapping needs
 * seven small, stable R4 resource types. For correctness: the output is checked where it matters,
 * in the tests, where HAPI FHIR 8.8.1 (test scope only, managed in the parent POM, converging
 * under the enforcer) parses every written Bundle strictly and runs its instance validator against
 * the base R4 definitions, offline, for every resource type written (Organization, Patient,
 * Condition, Encounter, Observation, Immunization, EpisodeOfCare, CareTeam, Measure,
 * MeasureReport), including on random datasets. For maintenance: R4 is frozen, the mapping is
 * some hundreds of lines per direction, and a change of HAPI's API cannot break the library.
 *
 * <h2>What is carried</h2>
 *
 * <ul>
 *   <li>Institution ↔ Organization: code ({@code urn:oid:2.16.156.10011.1.5}), USCC, name, type
 *       (our code system, plus HL7 {@code prov}), region code (extension on the address), parent
 *       ({@code partOf}).
 *   <li>Resident ↔ Patient: resident id as the health-record number ({@code
 *       urn:oid:2.16.156.10011.1.2}); ID card in full ({@code urn:oid:2.16.156.10011.1.3}; the
 *       OID {@code 2.16.840.1.113883.2.23.1.19.1} is read too) or another document by type;
 *       name as {@code HumanName.text}; sex as gender (9 未说明 as {@code unknown} with the
 *       GB/T 2261.1 code in an extension; {@code other} reads as 9); birth and death date;
 *       region code; managing organization; responsible doctor ({@code generalPractitioner});
 *       ethnicity, residence (permanent, household), health record (established, electronic,
 *       standardized, closed, reason), key populations and vaccination-certificate date as
 *       extensions.
 *   <li>Registration ↔ Condition: id, managed condition (category), ICD-10 (normalized under
 *       {@code http://hl7.org/fhir/sid/icd-10}, the national form under the Chinese OID), onset
 *       = diagnosed, recordedDate = enrolled, abatement = ended, ended reason and managing
 *       institution as extensions.
 *   <li>FollowUp ↔ Encounter + Observations: method (type; class AMB/HH/VR), condition
 *       (reasonCode), visit date (period.start), doctor (participant), institution
 *       (serviceProvider), classification, adherence, adverse reaction, referral and next visit
 *       as extensions; BP panel 85354-9 (8480-6/8462-4, mm[Hg]), fasting glucose 14771-0
 *       (mmol/L), HbA1c 4548-4 (%).
 *   <li>Vaccination ↔ Immunization: vaccine (our code system of the NIP vaccines), dose
 *       ({@code protocolApplied.doseNumber}), date, institution (performer).
 *   <li>Contract ↔ EpisodeOfCare (+ CareTeam): term (period), doctor (careManager), team,
 *       institution; termination date, service package and fee (CNY) as extensions.
 * </ul>
 *
 * <p>Every field of these six record types is carried: domain → FHIR → domain gives equal
 * records (surrounding white space of texts aside). Dropped: every other record type (check-ups,
 * mental-health follow-ups, TB courses, pregnancies and maternal visits, child visits, TCM
 * services, satisfaction surveys, infectious cases, emergency events, supervision, education,
 * population estimates), counted by {@link org.gongwei.io.fhir.FhirWriteSummary}. When reading
 * foreign Bundles, FHIR elements outside this list are not read (telecom, contact, marital
 * status, name parts beyond the text, Observation interpretation and reference ranges, …), and
 * resources of other types are counted and reported.
 */
package org.gongwei.io.fhir;
