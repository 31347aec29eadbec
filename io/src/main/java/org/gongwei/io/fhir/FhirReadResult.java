package org.gongwei.io.fhir;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * What {@link FhirReader} made of a Bundle: the domain records, every problem found, and the
 * account of the resources per type.
 *
 * @param dataset the records read, in Bundle order within each record type
 * @param problems every problem, in the order found (bundle-wide summaries last)
 * @param resources the account of each resource type the mapping reads, sorted by type
 * @param unknownResources the number of resources of each type the mapping does not read, sorted
 *     by type (each type also reported once as an INFO problem {@code FHIR_UNKNOWN_RESOURCE})
 */
public record FhirReadResult(
    Dataset dataset,
    List<Problem> problems,
    Map<String, ResourceCount> resources,
    Map<String, Integer> unknownResources) {

  /** Checks the components and copies the collections. */
  public FhirReadResult {
    Objects.requireNonNull(dataset, "dataset");
    problems = List.copyOf(problems);
    resources = Collections.unmodifiableMap(new TreeMap<>(resources));
    unknownResources = Collections.unmodifiableMap(new TreeMap<>(unknownResources));
  }

  /** The number of entries read: every resource, known or unknown. */
  public int entriesRead() {
    int n = 0;
    for (ResourceCount c : resources.values()) {
      n += c.read();
    }
    for (int u : unknownResources.values()) {
      n += u;
    }
    return n;
  }

  /** The account of one resource type (all zero if the Bundle has none of it). */
  public ResourceCount count(String resourceType) {
    Objects.requireNonNull(resourceType, "resourceType");
    ResourceCount c = resources.get(resourceType);
    if (c != null) {
      return c;
    }
    int unknown = unknownResources.getOrDefault(resourceType, 0);
    return new ResourceCount(unknown, 0, 0, unknown);
  }

  /** The number of problems of a severity. */
  public long problemCount(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** The number of problems with a code, for example {@code FHIR_UNKNOWN_RESOURCE}. */
  public long problemCount(FhirProblemCode code) {
    Objects.requireNonNull(code, "code");
    return problems.stream().filter(p -> p.code().equals(code.name())).count();
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * For example {@code FHIR bundle: 120 entries, 100 records; 2 errors, 1 warning, 3 info}.
   */
  @Override
  public String toString() {
    return "FHIR bundle: " + entriesRead() + " entries, " + dataset.size() + " records; "
        + problemCount(Severity.ERROR) + " error" + (problemCount(Severity.ERROR) == 1 ? "" : "s")
        + ", " + problemCount(Severity.WARNING) + " warning"
        + (problemCount(Severity.WARNING) == 1 ? "" : "s") + ", "
        + problemCount(Severity.INFO) + " info";
  }
}
