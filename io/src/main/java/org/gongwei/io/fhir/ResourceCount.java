package org.gongwei.io.fhir;

/**
 * What became of the resources of one type in a Bundle read by {@link FhirReader}: read = used +
 * rejected + ignored.
 *
 * @param read resources of the type in the Bundle
 * @param used resources that became (part of) a domain record, or that references resolved to
 *     (Practitioner, CareTeam)
 * @param rejected resources rejected for a bad or missing value (each with an ERROR problem)
 * @param ignored resources of a known type that carry no mapped record (a Condition outside the
 *     managed conditions, an Observation of another code, a resource of an unknown type)
 */
public record ResourceCount(int read, int used, int rejected, int ignored) {

  /** Checks the counts: none negative, read = used + rejected + ignored. */
  public ResourceCount {
    if (read < 0 || used < 0 || rejected < 0 || ignored < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (read != used + rejected + ignored) {
      throw new IllegalArgumentException(
          "read (" + read + ") must equal used (" + used + ") + rejected (" + rejected
              + ") + ignored (" + ignored + ")");
    }
  }

  /** For example {@code 12 read, 10 used, 1 rejected, 1 ignored}. */
  @Override
  public String toString() {
    return read + " read, " + used + " used, " + rejected + " rejected, " + ignored + " ignored";
  }
}
