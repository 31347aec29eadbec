package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.surveillance.InfectiousCase;

/**
 * The work of institutions rather than of residents: infectious-disease reports, public-health
 * emergencies, health-supervision leads and patrols, and health education.
 *
 * <p>The hospital and the centres diagnose about 5 notifiable cases per 1,000 residents a year
 * (class A very rare, B about half, C the rest); 92 % are reported within the window, 6 % late, 2 %
 * never. Centres and village clinics report supervision leads (93 % reported within two days) and
 * patrol in every domain. Education follows the yearly requirements of indicators.md §2, each item
 * falling short in 6 % of institutions.
 */
final class Activities {
  private static final long ACTIVITIES = 7;
  private static final double[] CLASSES = Draw.cumulative(0.05, 0.2, 55, 44.75);
  private static final List<String> CLASS_A = List.of("霍乱", "鼠疫");
  private static final List<String> CLASS_B_AS_A = List.of("肺炭疽", "传染性非典型肺炎");
  private static final List<String> CLASS_B =
      List.of("病毒性肝炎", "肺结核", "梅毒", "淋病", "细菌性和阿米巴性痢疾", "猩红热", "布鲁氏菌病", "艾滋病", "百日咳", "登革热");
  private static final List<String> CLASS_C =
      List.of("流行性感冒", "手足口病", "其它感染性腹泻病", "流行性腮腺炎", "急性出血性结膜炎");
  private static final double[] DOMAINS = Draw.cumulative(30, 15, 25, 20, 10);

  private Activities() {}

  static void generate(Run run) {
    County county = run.county;
    int k = 0;
    SplittableRandom r = Draw.stream(run.seed, ACTIVITIES, k++);
    infectiousCases(run, r, county.hospital, 0.0025 * run.residents);
    emergencies(run, r, county.hospital, 0.5);
    for (County.Township t : county.townships) {
      r = Draw.stream(run.seed, ACTIVITIES, k++);
      infectiousCases(run, r, t.centre, 0.0025 * t.size);
      emergencies(run, r, t.centre, 0.3);
      supervision(run, r, t.centre, 4 + t.size / 10_000.0, 3);
      education(run, r, t.centre, true);
      for (County.Village v : t.villages) {
        r = Draw.stream(run.seed, ACTIVITIES, k++);
        supervision(run, r, v.clinic, 0.6, 0);
        education(run, r, v.clinic, false);
      }
    }
  }

  private static LocalDateTime time(SplittableRandom r, Run run) {
    return LocalDateTime.of(
        Draw.date(r, run.start, run.end), LocalTime.of(Draw.between(r, 7, 22), r.nextInt(60)));
  }

  private static void infectiousCases(
      Run run, SplittableRandom r, Institution at, double expected) {
    int n = Draw.poisson(r, expected);
    for (int i = 1; i <= n; i++) {
      DiseaseClass c = DiseaseClass.values()[Draw.pick(r, CLASSES)];
      List<String> diseases =
          switch (c) {
            case A -> CLASS_A;
            case B_AS_A -> CLASS_B_AS_A;
            case B -> CLASS_B;
            case C -> CLASS_C;
          };
      LocalDateTime diagnosed = time(r, run);
      int window = (int) c.reportingWindow().toMinutes();
      double u = r.nextDouble();
      LocalDateTime reported =
          u < 0.92
              ? diagnosed.plusMinutes(Draw.between(r, 10, window - 10))
              : u < 0.98 ? diagnosed.plusMinutes(Draw.between(r, window + 1, window * 3)) : null;
      run.emit(
          InfectiousCase.builder()
              .caseId(at.code() + "-D" + i)
              .institutionCode(at.code())
              .diseaseClass(c)
              .disease(Draw.pick(r, diseases))
              .diagnosedAt(diagnosed)
              .reportedAt(Optional.ofNullable(reported))
              .build());
    }
  }

  private static void emergencies(Run run, SplittableRandom r, Institution at, double expected) {
    int n = Draw.poisson(r, expected);
    for (int i = 1; i <= n; i++) {
      LocalDateTime discovered = time(r, run);
      double u = r.nextDouble();
      LocalDateTime reported =
          u < 0.85
              ? discovered.plusMinutes(Draw.between(r, 10, 115))
              : u < 0.95 ? discovered.plusMinutes(Draw.between(r, 121, 720)) : null;
      run.emit(
          new EmergencyEvent(
              at.code() + "-E" + i, at.code(), discovered, Optional.ofNullable(reported)));
    }
  }

  /**
   * Leads (信息报告) and patrols (实地巡查): a centre patrols each domain about {@code patrolsPerDomain}
   * times, a village clinic makes about two patrols in all.
   */
  private static void supervision(
      Run run, SplittableRandom r, Institution at, double leads, int patrolsPerDomain) {
    int id = 0;
    int n = Draw.poisson(r, leads);
    for (int i = 0; i < n; i++) {
      LocalDate found = Draw.date(r, run.start, run.end);
      Optional<LocalDate> reported =
          Draw.chance(r, 0.93)
              ? Optional.of(Draw.min(run.end, found.plusDays(Draw.between(r, 0, 2))))
              : Optional.empty();
      SupervisionDomain domain = SupervisionDomain.values()[Draw.pick(r, DOMAINS)];
      run.emit(
          new SupervisionRecord(
              at.code() + "-L" + (++id), at.code(), domain, SupervisionKind.LEAD, found, reported));
    }
    List<SupervisionDomain> patrols = new ArrayList<>();
    if (patrolsPerDomain > 0) {
      for (SupervisionDomain d : SupervisionDomain.values()) {
        for (int i = Draw.poisson(r, patrolsPerDomain); i > 0; i--) {
          patrols.add(d);
        }
      }
    } else {
      for (int i = Draw.poisson(r, 2); i > 0; i--) {
        patrols.add(SupervisionDomain.values()[Draw.pick(r, DOMAINS)]);
      }
    }
    for (SupervisionDomain d : patrols) {
      LocalDate date = Draw.date(r, run.start, run.end);
      run.emit(
          new SupervisionRecord(
              at.code() + "-L" + (++id),
              at.code(),
              d,
              SupervisionKind.PATROL,
              date,
              Optional.empty()));
    }
  }

  /**
   * Education activities meeting the yearly requirements (indicators.md §2) — centres: 12 printed
   * titles, 6 audio-video titles, 6 bulletin updates, 12 lectures, 9 consultations; clinics and
   * stations: 12 printed titles, 6 bulletin updates, 6 lectures — or, for each item in 6 % of
   * institutions, falling 1–3 short.
   */
  private static void education(Run run, SplittableRandom r, Institution at, boolean centre) {
    int[] id = {0};
    List<String> printed = distinct(r, Names.TOPICS, count(r, 12, Names.TOPICS.size()));
    for (String title : printed) {
      activity(run, at, id, EducationKind.PRINTED, title, Draw.date(r, run.start, run.end), null);
    }
    if (centre) {
      for (String title : distinct(r, Names.VIDEOS, count(r, 6, Names.VIDEOS.size()))) {
        activity(
            run, at, id, EducationKind.AUDIO_VIDEO, title, Draw.date(r, run.start, run.end), null);
      }
    }
    spread(run, r, at, id, EducationKind.BULLETIN_UPDATE, count(r, 6, 8), 0, 0);
    spread(run, r, at, id, EducationKind.LECTURE, count(r, centre ? 12 : 6, 14), 20, 80);
    if (centre) {
      spread(run, r, at, id, EducationKind.CONSULTATION, count(r, 9, 12), 50, 300);
    }
  }

  private static int count(SplittableRandom r, int required, int most) {
    return Draw.chance(r, 0.06)
        ? required - Draw.between(r, 1, 3)
        : Math.min(most, required + Draw.between(r, 0, 2));
  }

  private static List<String> distinct(SplittableRandom r, List<String> pool, int n) {
    List<String> copy = new ArrayList<>(pool);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      String swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy.subList(0, Math.min(n, copy.size()));
  }

  /**
   * {@code n} activities spread evenly over the year, each on a topic; participants in [low, high]
   * when high > 0.
   */
  private static void spread(
      Run run,
      SplittableRandom r,
      Institution at,
      int[] id,
      EducationKind kind,
      int n,
      int low,
      int high) {
    int days = run.end.getDayOfYear();
    for (int j = 0; j < n; j++) {
      int day =
          Draw.clamp(days * j / n + Draw.between(r, 0, Math.max(0, days / n - 1)), 0, days - 1);
      Integer participants = high > 0 ? Draw.between(r, low, high) : null;
      activity(
          run, at, id, kind, Draw.pick(r, Names.TOPICS), run.start.plusDays(day), participants);
    }
  }

  private static void activity(
      Run run,
      Institution at,
      int[] id,
      EducationKind kind,
      String title,
      LocalDate date,
      Integer participants) {
    EducationActivity.Builder b =
        EducationActivity.builder()
            .activityId(at.code() + "-A" + (++id[0]))
            .institutionCode(at.code())
            .activityDate(date)
            .kind(kind)
            .title(title);
    if (participants != null) {
      b.participants(participants);
    }
    run.emit(b.build());
  }
}
