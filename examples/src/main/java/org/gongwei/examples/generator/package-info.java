/**
 * The synthetic county generator: a deterministic, streaming source of realistic domain records
 * (institutions, residents and a year of basic public-health services) for tests, demonstrations
 * and benchmarks.
 *
 * <p>Start with {@link org.gongwei.examples.generator.SyntheticCounty#builder()}.
 */
package org.gongwei.examples.generator;
