/** Gongwei indicators: standardized NBPHS rates, drill-down, stratification, targets and scores. */
module org.gongwei.indicators {
  requires transitive org.gongwei.core;
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.gongwei.indicators.capability;
  exports org.gongwei.indicators.child;
  exports org.gongwei.indicators.chronic;
  exports org.gongwei.indicators.colour;
  exports org.gongwei.indicators.contract;
  exports org.gongwei.indicators.definition;
  exports org.gongwei.indicators.education;
  exports org.gongwei.indicators.elderly;
  exports org.gongwei.indicators.engine;
  exports org.gongwei.indicators.funding;
  exports org.gongwei.indicators.immunization;
  exports org.gongwei.indicators.maternal;
  exports org.gongwei.indicators.mental;
  exports org.gongwei.indicators.points;
  exports org.gongwei.indicators.primarycare;
  exports org.gongwei.indicators.rate;
  exports org.gongwei.indicators.records;
  exports org.gongwei.indicators.report;
  exports org.gongwei.indicators.rulebook;
  exports org.gongwei.indicators.score;
  exports org.gongwei.indicators.supervision;
  exports org.gongwei.indicators.surveillance;
  exports org.gongwei.indicators.target;
  exports org.gongwei.indicators.tcm;
  exports org.gongwei.indicators.tuberculosis;
  exports org.gongwei.indicators.worklist;
}
