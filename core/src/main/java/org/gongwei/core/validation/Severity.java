package org.gongwei.core.validation;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The record (or row) cannot be used as it is: it is rejected or a value is dropped. */
  ERROR,
  /** The record is used, but something is implausible or was repaired. */
  WARNING,
  /** Worth knowing, nothing wrong (an unknown column kept aside, for example). */
  INFO
}
