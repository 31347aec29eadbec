package org.gongwei.io.bundle;

import java.util.HashMap;
import java.util.Map;
import org.gongwei.core.id.RegionCode;

/**
 * Shares repeated values within one file: institution codes, doctor ids and region codes recur
 * on many rows, and sharing one instance saves memory and parsing. Bounded: past
 * {@value #MAX_ENTRIES} distinct values a map stops growing and new values are returned as they
 * are. One cache per file being read; not thread-safe.
 */
final class ValueCache {
  static final int MAX_ENTRIES = 50_000;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, RegionCode> regions = new HashMap<>();

  ValueCache() {}

  /** The instance of an equal string seen before, or this one (remembered if there is room). */
  String share(String s) {
    String known = strings.get(s);
    if (known != null) {
      return known;
    }
    if (strings.size() < MAX_ENTRIES) {
      strings.put(s, s);
    }
    return s;
  }

  /** The region code parsed before from this text, or null. */
  RegionCode region(String text) {
    return regions.get(text);
  }

  /** Remembers a parsed region code (if there is room) and returns it. */
  RegionCode putRegion(String text, RegionCode code) {
    if (regions.size() < MAX_ENTRIES) {
      regions.put(text, code);
    }
    return code;
  }
}
