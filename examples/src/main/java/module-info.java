/** Gongwei examples: the command-line tool, the synthetic data generator and sample data. */
module org.gongwei.examples {
  requires org.gongwei.core;
  requires org.gongwei.indicators;
  requires org.gongwei.io;
  requires java.management;
  requires info.picocli;

  exports org.gongwei.examples.bench;
  exports org.gongwei.examples.generator;

  // the command line is an application, not an API: not exported, open to picocli's reflection
  opens org.gongwei.examples.cli to info.picocli;
}
