package org.gongwei.io.submission;

/** The kinds of submission the validator accepts, each with the unit its accounting counts. */
public enum InputKind {
  /** A directory of CSV files (the bundle of exchange-format §1): counts rows. */
  CSV_BUNDLE("rows"),
  /** A directory of WS/T 483 CDA documents ({@code *.xml}): counts documents. */
  CDA_DIRECTORY("documents"),
  /** A FHIR R4 Bundle in one JSON file: counts resources. */
  FHIR_BUNDLE("resources");

  private final String unit;

  InputKind(String unit) {
    this.unit = unit;
  }

  /** What is counted: rows, documents or resources. */
  public String unit() {
    return unit;
  }
}
