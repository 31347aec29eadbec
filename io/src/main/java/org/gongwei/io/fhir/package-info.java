/**
 * The HL7 FHIR R4 (JSON) mapping of the domain model (exchange format §5): {@link
 * org.gongwei.io.fhir.FhirReader} reads a Bundle into records, {@link
 * org.gongwei.io.fhir.FhirWriter} writes records as a Bundle, and {@link
 * org.gongwei.io.fhir.MeasureReportWriter} writes an indicator report as Measure and MeasureReport
 * resources; {@link org.gongwei.io.fhir.FhirConventions} names every system and extension used.
 *
 * <p>The mapping is written over Jackson's tree model, not over HAPI FHIR's structures: the
 * library then adds no dependency an embedder does not already have through the io module
 * (HAPI's R4 structures and their transitive dependencies weigh tens of megabytes and pin
 * versions of commons and logging libraries), and the few resource types mapped are small and
 * stable in R4. Correctness is checked in the tests instead, where HAPI FHIR's instance validator
 * (test scope only) validates every resource type written against the base R4 definitions.
 */
package org.gongwei.io.fhir;
