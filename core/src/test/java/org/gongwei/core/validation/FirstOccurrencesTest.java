package org.gongwei.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;

class FirstOccurrencesTest {

  private static List<BundleRecord> services(String... ids) {
    List<BundleRecord> list = new ArrayList<>();
    for (String id : ids) {
      list.add(new TcmService(id, "R1", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY));
    }
    return list;
  }

  private static List<String> repeats(List<BundleRecord> records) {
    List<String> found = new ArrayList<>();
    FirstOccurrences.find(records, (position, first) -> found.add(position + "<-" + first));
    return found;
  }

  @Test
  void reportsEveryRepeatWithTheFirstPosition() {
    assertEquals(List.of("2<-0", "4<-1", "5<-0"), repeats(services("a", "b", "a", "c", "b", "a")));
    assertEquals(List.of(), repeats(services("a", "b", "c")));
    assertEquals(List.of(), repeats(services("a")));
    assertEquals(List.of(), repeats(services()));
  }

  @Test
  void equalHashCodesAreToldApart() {
    // "Aa" and "BB" have the same String hash code
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals(List.of("3<-1"), repeats(services("Aa", "BB", "AaAa", "BB", "BBBB", "AaBB")));
  }

  @Property(tries = 100)
  void agreesWithAHashMap(@ForAll long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(200);
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "x" + rnd.nextInt(Math.max(1, n / 2));
    }
    List<String> expected = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer earlier = first.putIfAbsent(ids[i], i);
      if (earlier != null) {
        expected.add(i + "<-" + earlier);
      }
    }
    assertEquals(expected, repeats(services(ids)));
  }
}
