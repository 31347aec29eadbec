package org.gongwei.examples.generator;

import java.util.List;
import java.util.Objects;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.RegionLevel;
import org.gongwei.core.institution.Institution;

/**
 * A synthetic county: a deterministic generator of the records of a county's basic public-health
 * services for one reporting year — its institution tree, its residents and their health records,
 * and the year's services — realistic enough to make every indicator of the catalogue non-trivial.
 *
 * <p>The same settings give the same records in the same order, whatever the machine: every
 * resident is drawn from a random stream seeded by the seed and the resident's number alone ({@link
 * java.util.SplittableRandom}), so residents do not depend on one another. The only coordination is
 * that ID card numbers are kept unique by moving a clashing sequence number on.
 *
 * <p>What is generated, for {@code n} residents and the year Y (rates are approximate targets):
 *
 * <ul>
 *   <li>a county hospital, one township or community health centre per about 20,000 residents (at
 *       least 2) and 6–10 village clinics or community stations per centre, with statistical
 *       division codes ({@code 430321}, {@code 430321101}, {@code 430321101201}), parent codes and,
 *       for the hospital and centres, valid unified social credit codes;
 *   <li>{@code n} residents born before Y with the age and sex structure of the 2020 census, 15 %
 *       not permanent, valid ID card numbers matching birth date and sex, Chinese names, 8 % ethnic
 *       minorities, 17-digit health-record numbers as resident ids; health records for about 90 %
 *       (95 % electronic, 80 % standardized); about 0.7 % die in Y and 1 % of the permanent
 *       residents move away;
 *   <li>hypertension in about 25 % and type 2 diabetes in about 10 % of those aged 35 and over,
 *       mostly registered, with quarterly follow-ups and yearly check-ups; severe mental disorders
 *       (0.45 %), tuberculosis (50 per 100,000) and some COPD;
 *   <li>about 7 births per 1,000 (1.5 % twins), with pregnancies, prenatal, postpartum and 42-day
 *       visits; the babies are residents too (so there are slightly more than {@code n} residents
 *       in all);
 *   <li>children's check-ups, TCM services and vaccinations by the 2021 national schedule; the
 *       elderly's annual check-ups and TCM services;
 *   <li>family-doctor contracts for about 40 % of residents, with renewals, terminations and
 *       satisfaction surveys;
 *   <li>infectious-disease cases, a few emergencies, supervision leads and patrols and health
 *       education per institution, and population estimates for the county and each township.
 * </ul>
 *
 * <p>On average there are about 4.5 records per resident. Records are passed to a {@link
 * RecordSink} as they are made ({@link #generate}), institutions first, then each resident followed
 * by his or her records (a mother's babies after her), then the institutions' own records and the
 * population estimates; {@link #toDataset()} collects them. No service is dated after the end of Y
 * (as if the data were extracted on its last day); only contract end dates, next-visit dates and
 * the reports of a few late-December cases fall in the next year.
 *
 * <p>Instances are immutable and thread-safe; each call to {@link #generate} starts afresh.
 */
public final class SyntheticCounty {
  /** The default county code, {@code 430321}. */
  public static final String DEFAULT_COUNTY = "430321";

  /** The default reporting year, 2024. */
  public static final int DEFAULT_YEAR = 2024;

  /** The most residents a county may have. */
  public static final int MAX_RESIDENTS = 10_000_000;

  private final int residents;
  private final long seed;
  private final int year;
  private final Errors errors;
  private final String county;
  private final County layout;

  private SyntheticCounty(Builder b) {
    this.residents = b.residents;
    this.seed = b.seed;
    this.year = b.year;
    this.errors = b.errors;
    this.county = b.county;
    this.layout = County.layout(county, residents, seed);
  }

  /**
   * A new builder: 10,000 residents, seed 1, year {@value #DEFAULT_YEAR}, county {@value
   * #DEFAULT_COUNTY}, no errors.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of residents born before the reporting year (the babies of the year come on top).
   */
  public int residents() {
    return residents;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The reporting year. */
  public int year() {
    return year;
  }

  /** Whether deliberately bad values are planted. */
  public Errors errors() {
    return errors;
  }

  /** The 6-digit county code (GB/T 2260). */
  public String county() {
    return county;
  }

  /**
   * The number of townships (one health centre each): about one per 20,000 residents, at least 2.
   */
  public int townships() {
    return layout.townships.size();
  }

  /**
   * The institutions of the county: the hospital, then each centre followed by its villages'
   * clinics.
   */
  public List<Institution> institutions() {
    return layout.institutions;
  }

  /**
   * Generates every record, in a fixed order, passing each to {@code sink} as soon as it is made.
   */
  public void generate(RecordSink sink) {
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(seed, year, residents, errors, layout, sink);
    for (Institution i : layout.institutions) {
      run.emit(i);
    }
    for (int index = 0; index < residents; index++) {
      Households.generate(run, index);
    }
    Activities.generate(run);
    run.tally.emitEstimates(run);
  }

  /** Generates every record into a {@link Dataset}. */
  public Dataset toDataset() {
    Dataset.Builder b = Dataset.builder();
    generate(b::add);
    return b.build();
  }

  /** For example {@code SyntheticCounty[430321, 20000 residents, 2024, seed 42, errors NONE]}. */
  @Override
  public String toString() {
    return "SyntheticCounty["
        + county
        + ", "
        + residents
        + " residents, "
        + year
        + ", seed "
        + seed
        + ", errors "
        + errors
        + "]";
  }

  /** Builds a {@link SyntheticCounty}; every setting has a default. */
  public static final class Builder {
    private int residents = 10_000;
    private long seed = 1;
    private int year = DEFAULT_YEAR;
    private Errors errors = Errors.NONE;
    private String county = DEFAULT_COUNTY;

    private Builder() {}

    /**
     * The number of residents born before the reporting year, 1 to {@value #MAX_RESIDENTS}.
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder residents(int residents) {
      if (residents < 1 || residents > MAX_RESIDENTS) {
        throw new IllegalArgumentException(
            "residents must be between 1 and " + MAX_RESIDENTS + ": " + residents);
      }
      this.residents = residents;
      return this;
    }

    /** The seed: the same seed and settings give the same records. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The reporting year, 2010 to 2099 (records begin with the programme in 2009).
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder year(int year) {
      if (year < 2010 || year > 2099) {
        throw new IllegalArgumentException("year must be between 2010 and 2099: " + year);
      }
      this.year = year;
      return this;
    }

    /** Whether to plant deliberately bad values. */
    public Builder errors(Errors errors) {
      this.errors = Objects.requireNonNull(errors, "errors");
      return this;
    }

    /**
     * The 6-digit county code (GB/T 2260) that prefixes region codes, health-record numbers and
     * local ID card numbers.
     *
     * @throws IllegalArgumentException if it is not a county-level region code
     */
    public Builder county(String code) {
      Objects.requireNonNull(code, "code");
      if (code.length() != 6
          || !RegionCode.isValid(code)
          || RegionCode.parse(code).level() != RegionLevel.COUNTY) {
        throw new IllegalArgumentException(
            "county must be a 6-digit county-level region code: '" + code + "'");
      }
      this.county = code;
      return this;
    }

    /** The county. */
    public SyntheticCounty build() {
      return new SyntheticCounty(this);
    }
  }
}
