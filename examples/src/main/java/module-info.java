/** Gongwei examples: the command-line tool, the synthetic data generator and sample data. */
module org.gongwei.examples {
  requires org.gongwei.core;
  requires org.gongwei.indicators;
  requires org.gongwei.io;
  requires java.management;

  exports org.gongwei.examples.bench;
  exports org.gongwei.examples.generator;
}
