/** Gongwei core: the immutable domain model, identifiers, code tables, periods and validation. */
module org.gongwei.core {
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.gongwei.core.code;
  exports org.gongwei.core.dataset;
  exports org.gongwei.core.immunization;
  exports org.gongwei.core.period;
  exports org.gongwei.core.validation;
}
