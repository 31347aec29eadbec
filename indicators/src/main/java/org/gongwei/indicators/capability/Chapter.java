package org.gongwei.indicators.capability;

import java.util.List;
import java.util.Objects;

/**
 * A chapter of a {@link CapabilityStandard}: a title and its items.
 *
 * @param id the chapter's id, e.g. {@code 2}
 * @param title the chapter's title, e.g. {@code 基本医疗服务}
 * @param items the items, at least one
 */
public record Chapter(String id, String title, List<CapabilityItem> items) {

  /**
   * A chapter.
   *
   * @throws IllegalArgumentException naming the chapter if the id or title is blank or it has no items
   */
  public Chapter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (id.isBlank()) {
      throw new IllegalArgumentException("chapter id must not be blank");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("chapter " + id + ": title must not be blank");
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("chapter " + id + ": items must not be empty");
    }
  }

  /** A chapter. */
  public static Chapter of(String id, String title, List<CapabilityItem> items) {
    return new Chapter(id, title, items);
  }

  /** For example {@code 2 基本医疗服务 (5 items)}. */
  @Override
  public String toString() {
    return id + " " + title + " (" + items.size() + (items.size() == 1 ? " item)" : " items)");
  }
}
