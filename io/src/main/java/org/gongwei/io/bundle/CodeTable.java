package org.gongwei.io.bundle;

import java.util.HashMap;
import java.util.Map;
import org.gongwei.core.code.Coded;

/**
 * Fast lookup of a code table's constants by code or name, for the millions of code cells of a
 * bundle: the exact codes and names are in a hash map built once; anything else goes through
 * {@link Coded#fromCodeOrName}, which accepts a name in another case or throws the
 * {@link org.gongwei.core.code.UnknownCodeException} naming the value and the accepted codes.
 * Immutable and thread-safe.
 */
final class CodeTable<E extends Enum<E> & Coded> {
  private final Class<E> type;
  private final Map<String, E> exact;

  private CodeTable(Class<E> type) {
    this.type = type;
    Map<String, E> m = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      m.put(e.name(), e);
    }
    for (E e : type.getEnumConstants()) {
      m.put(e.code(), e); // a code wins over a name that happens to be spelled alike
    }
    this.exact = Map.copyOf(m);
  }

  static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type) {
    return new CodeTable<>(type);
  }

  /** The value as a constant of this table, or null when it is not one. */
  E cast(Object value) {
    return type.isInstance(value) ? type.cast(value) : null;
  }

  /**
   * The constant for a value.
   *
   * @throws org.gongwei.core.code.UnknownCodeException if the value is neither a code nor a name
   */
  E lookup(String value) {
    E e = exact.get(value);
    return e != null ? e : Coded.fromCodeOrName(type, value);
  }
}
