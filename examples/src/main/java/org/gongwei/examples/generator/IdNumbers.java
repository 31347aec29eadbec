package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongwei.core.id.IdCardNumber;

/**
 * Issues resident ID card numbers (GB 11643) that are unique within one generation run.
 *
 * <p>A number is the 6-digit address code, the birth date {@code yyyyMMdd}, a 3-digit sequence (odd
 * for men, even for women) and the check character of {@link IdCardNumber#checkCharacter}. The
 * sequence is drawn at random; when the first 17 digits were issued before, the sequence is moved
 * on by 2 (keeping the sex) until they are new. Numbers are remembered as 17-digit longs in an
 * open-addressing hash set, so a million residents cost about 16 MB.
 */
final class IdNumbers {
  private long[] table;
  private int size;

  IdNumbers(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    table = new long[capacity];
  }

  /** A new, unique and valid number for a person born on {@code birth} with this address code. */
  String issue(SplittableRandom r, String addressCode, LocalDate birth, boolean male) {
    long head =
        Long.parseLong(addressCode) * 100_000_000L
            + birth.getYear() * 10_000L
            + birth.getMonthValue() * 100L
            + birth.getDayOfMonth();
    int sequence = r.nextInt(500) * 2 + (male ? 1 : 0);
    for (int attempt = 0; attempt < 500; attempt++) {
      long key = head * 1000 + sequence;
      if (add(key)) {
        String first17 = Long.toString(key);
        return first17 + IdCardNumber.checkCharacter(first17);
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new IllegalStateException(
        "more than 500 people of one sex born on " + birth + " in " + addressCode);
  }

  /** The number with a wrong check character. */
  static String withWrongCheck(String number) {
    char check = number.charAt(17);
    char wrong = check == '0' ? '1' : check == 'X' ? '0' : (char) (check == '9' ? 'X' : check + 1);
    return number.substring(0, 17) + wrong;
  }

  private boolean add(long key) {
    if (size * 2 >= table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = (int) Draw.mix(key) & mask;
    while (table[i] != 0) {
      if (table[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = key;
    size++;
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long key : old) {
      if (key != 0) {
        int i = (int) Draw.mix(key) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = key;
      }
    }
  }
}
