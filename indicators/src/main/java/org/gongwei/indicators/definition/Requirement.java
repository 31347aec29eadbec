package org.gongwei.indicators.definition;

/** Whether the specification requires an indicator or lists it as optional. */
public enum Requirement {
  /** Required by the specification. */
  REQUIRED,
  /** Optional in the specification (CH-03, MAT-03, MAT-04). */
  OPTIONAL
}
