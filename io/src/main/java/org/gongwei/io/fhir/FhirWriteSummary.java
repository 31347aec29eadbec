package org.gongwei.io.fhir;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.gongwei.core.dataset.RecordType;

/**
 * What {@link FhirWriter} wrote: the resources per type, and the records of the types the FHIR
 * mapping does not carry, per record type.
 *
 * @param resourcesWritten the number of resources of each FHIR type, sorted by type
 * @param recordsNotCarried the number of records of each record type left out of the Bundle
 *     (check-ups, mental-health follow-ups, TB courses, pregnancies and maternal visits, child
 *     visits, TCM services, satisfaction surveys, infectious cases, emergency events, supervision,
 *     education, population estimates)
 */
public record FhirWriteSummary(Map<String, Integer> resourcesWritten, Map<RecordType, Integer> recordsNotCarried) {

  /** Copies the maps. */
  public FhirWriteSummary {
    resourcesWritten = Collections.unmodifiableMap(new TreeMap<>(resourcesWritten));
    Map<RecordType, Integer> notCarried = new EnumMap<>(RecordType.class);
    notCarried.putAll(recordsNotCarried);
    recordsNotCarried = Collections.unmodifiableMap(notCarried);
  }

  /** The number of resources written, of all types. */
  public int total() {
    return resourcesWritten.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** For example {@code 12 resources {Encounter=3, …}; not carried {CHECKUP=2}}. */
  @Override
  public String toString() {
    return total() + " resources " + resourcesWritten + (recordsNotCarried.isEmpty() ? "" : "; not carried " + recordsNotCarried);
  }
}
