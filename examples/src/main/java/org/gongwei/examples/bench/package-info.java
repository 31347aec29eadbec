/**
 * Measurements of speed: how fast the catalogue evaluates a synthetic county in memory.
 */
package org.gongwei.examples.bench;
