package org.gongwei.io.standard;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwei.indicators.capability.CapabilityItem;
import org.gongwei.indicators.capability.CapabilityStandard;
import org.gongwei.indicators.capability.Chapter;
import org.gongwei.indicators.capability.ItemLevel;

/**
 * Reads a {@link CapabilityStandard} from JSON:
 *
 * <pre>{@code
 * {
 *   "note": "optional free text",
 *   "name": "乡镇卫生院服务能力标准",
 *   "basicThreshold": 60,
 *   "recommendedThreshold": 80,
 *   "chapters": [
 *     {"id": "1", "title": "功能任务与资源配置", "items": [
 *       {"id": "1.1", "text": "…", "level": "BASIC", "score": 5}
 *     ]}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code level} is {@code BASIC} or {@code RECOMMENDED}, or the symbol {@code ★} or {@code ☆};
 * numbers are read exactly. An unknown key, a missing field, a value of the wrong type, a bad
 * level or a standard the domain rejects (a repeated item id, thresholds above the full score) is
 * a {@link JsonContentException} naming the JSON path, e.g. {@code $.chapters[0].items[2].level:
 * unknown item level 'GOLD' (BASIC, RECOMMENDED, ★ or ☆)}.
 *
 * <p>{@link #illustration()} is a small example file shipped with the library, marked as an
 * illustration: it does <em>not</em> reproduce the official 2022 standard items.
 */
public final class CapabilityStandardJson {
  private static final List<String> ROOT_KEYS = List.of("note", "name", "basicThreshold", "recommendedThreshold", "chapters");
  private static final List<String> CHAPTER_KEYS = List.of("id", "title", "items");
  private static final List<String> ITEM_KEYS = List.of("id", "text", "level", "score");

  private CapabilityStandardJson() {}

  /**
   * The standard in {@code file} (UTF-8).
   *
   * @throws IOException if the file cannot be read
   * @throws JsonContentException naming the file and the JSON path of a problem
   */
  public static CapabilityStandard read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return JsonTree.readFile(file, CapabilityStandardJson::read);
  }

  /**
   * The standard read from {@code reader} (not closed).
   *
   * @throws IOException if reading fails
   * @throws JsonContentException naming the JSON path of a problem
   */
  public static CapabilityStandard read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return standard(JsonTree.read(reader));
  }

  /**
   * The illustration shipped with the library ({@code capability-illustration.json}: 3 chapters,
   * 12 items, basic threshold 60, recommended 80): an example of the format, <b>not</b> the
   * official 2022 standard items.
   */
  public static CapabilityStandard illustration() {
    return JsonTree.readResource("capability-illustration.json", CapabilityStandardJson::read);
  }

  private static CapabilityStandard standard(JsonTree root) {
    root.object(ROOT_KEYS);
    root.optional("note").ifPresent(JsonTree::text);
    String name = root.field("name").text();
    BigDecimal basic = root.field("basicThreshold").decimal();
    BigDecimal recommended = root.field("recommendedThreshold").decimal();
    List<Chapter> chapters = new ArrayList<>();
    for (JsonTree c : root.field("chapters").elements()) {
      chapters.add(chapter(c));
    }
    return root.build(() -> CapabilityStandard.of(name, chapters, basic, recommended));
  }

  private static Chapter chapter(JsonTree c) {
    c.object(CHAPTER_KEYS);
    String id = c.field("id").text();
    String title = c.field("title").text();
    List<CapabilityItem> items = new ArrayList<>();
    for (JsonTree i : c.field("items").elements()) {
      items.add(item(i));
    }
    return c.build(() -> Chapter.of(id, title, items));
  }

  private static CapabilityItem item(JsonTree i) {
    i.object(ITEM_KEYS);
    String id = i.field("id").text();
    String text = i.field("text").text();
    JsonTree levelNode = i.field("level");
    String levelText = levelNode.text();
    ItemLevel level = levelNode.build(() -> ItemLevel.parse(levelText));
    BigDecimal score = i.field("score").decimal();
    return i.build(() -> CapabilityItem.of(id, text, level, score));
  }
}
