package org.gongwei.core.id;

/** How strictly an identifier with vendor-specific variants is validated. */
public enum Strictness {
  /** Only the national form is accepted. */
  STRICT,
  /** Vendor variants are accepted too; see the identifier type for what is allowed. */
  LENIENT
}
