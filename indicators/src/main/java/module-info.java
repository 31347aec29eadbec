/** Gongwei indicators: standardized NBPHS rates, drill-down, stratification, targets and scores. */
module org.gongwei.indicators {
  requires transitive org.gongwei.core;
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.gongwei.indicators.rate;
  exports org.gongwei.indicators.rulebook;
  exports org.gongwei.indicators.target;
  exports org.gongwei.indicators.engine;
  exports org.gongwei.indicators.records;
  exports org.gongwei.indicators.elderly;
  exports org.gongwei.indicators.tcm;
  exports org.gongwei.indicators.child;
  exports org.gongwei.indicators.immunization;
}
