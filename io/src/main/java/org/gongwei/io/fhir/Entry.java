package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a Bundle being read: its position, fullUrl, resource type, id and resource.
 *
 * @param index the 0-based position in {@code Bundle.entry}
 * @param fullUrl the entry's fullUrl, or null
 * @param resourceType the resource's type
 * @param id the resource's id, or null
 * @param resource the resource
 */
record Entry(int index, String fullUrl, String resourceType, String id, JsonNode resource) {

  /** How problems name the resource: its fullUrl, else {@code Type/id}, else {@code entry[i]}. */
  String label() {
    if (fullUrl != null) {
      return fullUrl;
    }
    if (id != null) {
      return resourceType + "/" + id;
    }
    return "Bundle.entry[" + index + "]";
  }

  /** The JSON path of an element of the resource, e.g. {@code Bundle.entry[3].resource.birthDate}. */
  String path(String relative) {
    String base = "Bundle.entry[" + index + "].resource";
    return relative == null || relative.isEmpty() ? base : base + "." + relative;
  }
}
