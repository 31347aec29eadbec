/** Gongwei io: exchange formats and the submission validator. */
module org.gongwei.io {
  requires transitive org.gongwei.core;
  requires transitive org.gongwei.indicators;
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires de.siegmar.fastcsv;
  requires java.xml;
  requires org.dhatim.fastexcel;

  exports org.gongwei.io.bundle;
  exports org.gongwei.io.cda;
  exports org.gongwei.io.csv;
  exports org.gongwei.io.fhir;
  exports org.gongwei.io.json;
  exports org.gongwei.io.report;
  exports org.gongwei.io.standard;
  exports org.gongwei.io.submission;
  exports org.gongwei.io.worklist;
}
