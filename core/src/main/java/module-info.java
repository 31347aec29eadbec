/** Gongwei core: the immutable domain model, identifiers, code tables, periods and validation. */
module org.gongwei.core {
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.gongwei.core.code;
  exports org.gongwei.core.id;
  exports org.gongwei.core.period;
  exports org.gongwei.core.immunization;
  exports org.gongwei.core.resident;
  exports org.gongwei.core.institution;
  exports org.gongwei.core.chronic;
  exports org.gongwei.core.mental;
  exports org.gongwei.core.tb;
  exports org.gongwei.core.maternal;
  exports org.gongwei.core.child;
  exports org.gongwei.core.tcm;
  exports org.gongwei.core.contract;
  exports org.gongwei.core.surveillance;
  exports org.gongwei.core.supervision;
  exports org.gongwei.core.education;
  exports org.gongwei.core.population;
  exports org.gongwei.core.dataset;
  exports org.gongwei.core.validation;
}
