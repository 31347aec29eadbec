package org.gongwei.examples.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.id.OrganizationCode;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.SocialCreditCode;
import org.gongwei.core.institution.Institution;

/**
 * The fixed layout of a synthetic county: its institution tree, its townships and villages with
 * their statistical division codes, doctors and family-doctor teams, and the assignment of resident
 * numbers to villages.
 *
 * <p>There is one township (乡镇 or 街道) per about 20,000 residents, at least 2; one in five is an
 * urban sub-district (街道) with a community health centre and community stations, the others are
 * towns (镇, codes 101…) and then townships (乡, codes 201…) with a township health centre and
 * village clinics. Each has 6–10 villages (or communities). Residents are numbered 0 … n−1 and cut
 * into consecutive blocks, one per township, of unequal sizes; within a block they are dealt out to
 * the villages in turn, so the health-record sequence number of a resident within a village is at
 * most a few thousand.
 */
final class County {
  /** Residents per township, on average. */
  static final int RESIDENTS_PER_TOWNSHIP = 20_000;

  /**
   * Largest base sequence number within a village. Newborns are numbered {@code 50,000 + 2 ×
   * mother's number + twin}, so numbers up to 24,000 leave 99,999 unused (the unknown resident of
   * {@link Errors#SOME}).
   */
  static final int MAX_SEQUENCE = 24_000;

  private static final long LAYOUT = 1;

  final String code;
  final RegionCode region;
  final String name;
  final Institution hospital;
  final List<Township> townships;
  final List<Institution> institutions;
  private final int[] starts;

  private County(
      String code,
      String name,
      Institution hospital,
      List<Township> townships,
      List<Institution> institutions) {
    this.code = code;
    this.region = RegionCode.parse(code);
    this.name = name;
    this.hospital = hospital;
    this.townships = townships;
    this.institutions = institutions;
    this.starts = new int[townships.size()];
    for (int t = 0; t < townships.size(); t++) {
      starts[t] = townships.get(t).start;
    }
  }

  /** A township of the county. */
  static final class Township {
    final int ordinal;
    final String code;
    final RegionCode region;
    final String name;
    final boolean urban;
    final Institution centre;
    final List<Village> villages = new ArrayList<>();
    final List<String> doctors;
    final int start;
    final int size;

    Township(
        int ordinal,
        String code,
        String name,
        boolean urban,
        Institution centre,
        List<String> doctors,
        int start,
        int size) {
      this.ordinal = ordinal;
      this.code = code;
      this.region = RegionCode.parse(code);
      this.name = name;
      this.urban = urban;
      this.centre = centre;
      this.doctors = doctors;
      this.start = start;
      this.size = size;
    }
  }

  /**
   * A village (or urban community) with its clinic (or station), doctors and family-doctor team.
   */
  static final class Village {
    final int ordinal;
    final Township township;
    final String code;
    final RegionCode region;
    final String name;
    final Institution clinic;
    final List<String> doctors;
    final String teamId;

    Village(
        int ordinal,
        Township township,
        String code,
        String name,
        Institution clinic,
        List<String> doctors) {
      this.ordinal = ordinal;
      this.township = township;
      this.code = code;
      this.region = RegionCode.parse(code);
      this.name = name;
      this.clinic = clinic;
      this.doctors = doctors;
      this.teamId = township.code + "-T" + twoDigits(ordinal + 1);
    }
  }

  /** Where resident number {@code index} lives and his or her base sequence number there. */
  record Place(Township township, Village village, int sequence) {}

  /** The layout for {@code residents} residents of the county {@code code}, drawn from the seed. */
  static County layout(String code, int residents, long seed) {
    SplittableRandom r = Draw.stream(seed, LAYOUT, 0);
    int count = Math.max(2, Math.min(300, Math.round(residents / (float) RESIDENTS_PER_TOWNSHIP)));
    int urbanCount = count / 5;
    int[] places = permutation(r, Names.placeCount());
    String countyName = Names.place(places[places.length - 1]) + "县";
    Institution hospital =
        Institution.builder()
            .code("H" + code)
            .name(countyName + "人民医院")
            .type(InstitutionType.HOSPITAL)
            .regionCode(RegionCode.parse(code))
            .uscc(uscc(r, code, 0))
            .build();
    int[] sizes = sizes(r, residents, count);
    List<Township> townships = new ArrayList<>(count);
    List<Institution> institutions = new ArrayList<>();
    institutions.add(hospital);
    int start = 0;
    int nextPlace = count;
    for (int t = 0; t < count; t++) {
      boolean urban = t < urbanCount;
      int ruralOrdinal = t - urbanCount;
      String suffix;
      String townshipCode;
      if (urban) {
        townshipCode = code + threeDigits(t + 1);
        suffix = "街道";
      } else if (ruralOrdinal < 99) {
        townshipCode = code + threeDigits(101 + ruralOrdinal);
        suffix = "镇";
      } else {
        townshipCode = code + threeDigits(201 + ruralOrdinal - 99);
        suffix = "乡";
      }
      String townshipName = placeName(places, t) + suffix;
      Institution centre =
          Institution.builder()
              .code(townshipCode)
              .name(townshipName + (urban ? "社区卫生服务中心" : "卫生院"))
              .type(
                  urban
                      ? InstitutionType.COMMUNITY_HEALTH_CENTER
                      : InstitutionType.TOWNSHIP_HEALTH_CENTER)
              .regionCode(RegionCode.parse(townshipCode))
              .parentCode(hospital.code())
              .uscc(uscc(r, code, t + 1))
              .build();
      institutions.add(centre);
      List<String> centreDoctors = new ArrayList<>();
      int doctorCount = Draw.between(r, 4, 10);
      for (int d = 1; d <= doctorCount; d++) {
        centreDoctors.add(townshipCode + "-D" + twoDigits(d));
      }
      Township township =
          new Township(
              t,
              townshipCode,
              townshipName,
              urban,
              centre,
              Collections.unmodifiableList(centreDoctors),
              start,
              sizes[t]);
      int villageCount = Draw.between(r, 6, 10);
      for (int v = 0; v < villageCount; v++) {
        String villageCode = townshipCode + threeDigits(urban ? v + 1 : 201 + v);
        String villageName = placeName(places, nextPlace++) + (urban ? "社区" : "村");
        Institution clinic =
            Institution.builder()
                .code(villageCode)
                .name(villageName + (urban ? "社区卫生服务站" : "卫生室"))
                .type(
                    urban
                        ? InstitutionType.COMMUNITY_HEALTH_STATION
                        : InstitutionType.VILLAGE_CLINIC)
                .regionCode(RegionCode.parse(villageCode))
                .parentCode(townshipCode)
                .build();
        institutions.add(clinic);
        List<String> doctors = new ArrayList<>();
        int villageDoctors = Draw.between(r, 1, 3);
        for (int d = 1; d <= villageDoctors; d++) {
          doctors.add(villageCode + "-D" + d);
        }
        township.villages.add(
            new Village(v, township, villageCode, villageName, clinic, List.copyOf(doctors)));
      }
      if (sizes[t] / villageCount + 1 > MAX_SEQUENCE) {
        throw new IllegalStateException("township " + townshipCode + " too large: " + sizes[t]);
      }
      townships.add(township);
      start += sizes[t];
    }
    return new County(
        code,
        countyName,
        hospital,
        Collections.unmodifiableList(townships),
        Collections.unmodifiableList(institutions));
  }

  /** Township sizes proportional to weights in [0.6, 1.4], adding up to {@code residents}. */
  private static int[] sizes(SplittableRandom r, int residents, int count) {
    double[] weights = new double[count];
    double sum = 0;
    for (int t = 0; t < count; t++) {
      weights[t] = 0.6 + 0.8 * r.nextDouble();
      sum += weights[t];
    }
    int[] sizes = new int[count];
    int given = 0;
    for (int t = 0; t < count; t++) {
      sizes[t] = (int) Math.floor(residents * weights[t] / sum);
      given += sizes[t];
    }
    for (int t = 0; given < residents; t = (t + 1) % count) {
      sizes[t]++;
      given++;
    }
    return sizes;
  }

  private static int[] permutation(SplittableRandom r, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int swap = p[i];
      p[i] = p[j];
      p[j] = swap;
    }
    return p;
  }

  private static String placeName(int[] places, int k) {
    String name = Names.place(places[k % (places.length - 1)]);
    return k < places.length - 1 ? name : name + (k / (places.length - 1) + 1);
  }

  /**
   * A unified social credit code (GB 32100) of a public institution (事业单位, {@code 12}) of the
   * county, with an embedded organization code (GB 11714) {@code 4nnkkkkk} + check.
   */
  private static String uscc(SplittableRandom r, String county, int ordinal) {
    String body = "4" + twoDigits(r.nextInt(100)) + fiveDigits(ordinal);
    String organization = body + OrganizationCode.checkCharacter(body);
    String first17 = "12" + county + organization;
    return first17 + SocialCreditCode.checkCharacter(first17);
  }

  /** Where resident number {@code index} lives. */
  Place place(int index) {
    int t = findTownship(index);
    Township township = townships.get(t);
    int j = index - township.start;
    int villageCount = township.villages.size();
    return new Place(township, township.villages.get(j % villageCount), j / villageCount + 1);
  }

  private int findTownship(int index) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String threeDigits(int n) {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
  }

  static String fiveDigits(int n) {
    String s = Integer.toString(n);
    return "00000".substring(s.length()) + s;
  }
}
