package org.gongwei.indicators.definition;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongwei.indicators.internal.IndicatorStyle;
import org.gongwei.indicators.rulebook.Knob;
import org.immutables.value.Value;

/**
 * The definition of one indicator: its id and names, what its numerator and denominator count
 * (in words, as in indicators.md), its unit, category, basis and polarity, the standard it comes
 * from, and the rulebook {@link Knob knobs} its calculation reads.
 *
 * <p>A definition describes; it does not compute. The national definitions are in {@link
 * Catalogue#national()}; build others with {@link #builder()}:
 *
 * <pre>{@code
 * IndicatorDefinition.builder()
 *     .id("X-01").nameZh("…").nameEn("…")
 *     .category(Category.CHRONIC).unit(Unit.PERCENT).basis(Basis.PERSON)
 *     .numerator("…").denominator("…").source("…")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@IndicatorStyle
public abstract class IndicatorDefinition {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern SECTION = Pattern.compile("§[1-9][0-9]*");

  IndicatorDefinition() {}

  /** The id: upper-case letters, digits and hyphens, e.g. {@code HTN-01}. */
  public abstract String id();

  /** The Chinese name, e.g. {@code 高血压患者规范管理率}. */
  public abstract String nameZh();

  /** The English name, e.g. {@code Hypertension standardized management rate}. */
  public abstract String nameEn();

  /** The service area. */
  public abstract Category category();

  /** The unit: a rate in %, ‰ or ‱, or a count. */
  public abstract Unit unit();

  /** Which direction is good; {@link Polarity#HIGHER_IS_BETTER} unless set. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /** What is counted: residents, events, institutions or aggregate inputs. */
  public abstract Basis basis();

  /** The numerator in words. */
  public abstract String numerator();

  /** The denominator in words; empty exactly when the unit is {@link Unit#COUNT}. */
  public abstract Optional<String> denominator();

  /**
   * The standard the indicator comes from, e.g. {@code 国家基本公共卫生服务规范（第三版）2017,
   * 高血压患者健康管理}.
   */
  public abstract String source();

  /** The rulebook knobs the calculation reads (possibly none). */
  public abstract Set<Knob> knobs();

  /** Whether the indicator reads {@code knob}. */
  public boolean reads(Knob knob) {
    return knobs().contains(knob);
  }

  /** The section of indicators.md that specifies it, e.g. {@code §7}. */
  public abstract Optional<String> section();

  /** Whether the specification requires it; {@link Requirement#REQUIRED} unless set. */
  @Value.Default
  public Requirement requirement() {
    return Requirement.REQUIRED;
  }

  @Value.Check
  protected void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "id must be upper-case letters and digits joined by hyphens (e.g. HTN-01): " + id());
    }
    requireText(nameZh(), "nameZh");
    requireText(nameEn(), "nameEn");
    requireText(numerator(), "numerator");
    requireText(source(), "source");
    denominator().ifPresent(d -> requireText(d, "denominator"));
    if (unit().isRate() != denominator().isPresent()) {
      throw new IllegalArgumentException(
          id() + ": a denominator is required for a rate and not allowed for a count (unit "
              + unit() + ")");
    }
    section()
        .filter(s -> !SECTION.matcher(s).matches())
        .ifPresent(
            s -> {
              throw new IllegalArgumentException(id() + ": section must look like §7: " + s);
            });
    if (knobs().contains(Knob.NAME) || knobs().contains(Knob.TARGETS)) {
      throw new IllegalArgumentException(id() + ": knobs name and targets are not read by a calculation");
    }
  }

  private void requireText(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(id() + ": " + field + " must not be blank");
    }
  }

  /** A builder; {@code polarity} and {@code requirement} have defaults, the rest is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id and the Chinese name, e.g. {@code HTN-01 高血压患者规范管理率}. */
  @Override
  public String toString() {
    return id() + " " + nameZh();
  }

  /** Builder for {@link IndicatorDefinition}. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
