package org.gongwei.core.institution;

import java.util.Optional;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A health institution (机构) of the bundle's {@code institutions.csv}: a township or community
 * health centre, a village clinic or community station, a hospital or another institution,
 * placed in the institution tree by its parent and in the administrative hierarchy by its region
 * code.
 */
@Value.Immutable
@DomainStyle
public abstract class Institution implements BundleRecord {
  Institution() {}

  /** The institution code (机构编码), unique in the bundle. */
  public abstract String code();

  /** The institution's name (机构名称). */
  public abstract String name();

  /** The institution type (机构类型). */
  public abstract InstitutionType type();

  /** The region code of the place it serves (行政区划代码). */
  public abstract RegionCode regionCode();

  /** The code of the parent institution (上级机构), if any. */
  public abstract Optional<String> parentCode();

  /** The unified social credit code (统一社会信用代码) as given; checked by validation, not here. */
  public abstract Optional<String> uscc();

  @Override
  public final RecordType recordType() {
    return RecordType.INSTITUTION;
  }

  @Override
  public final String id() {
    return code();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(code(), "institution_code");
    Checks.requireText(name(), "name");
    if (parentCode().isPresent() && parentCode().get().equals(code())) {
      throw new IllegalArgumentException("institution " + code() + " cannot be its own parent");
    }
  }

  /** For example {@code 430321101 某某镇卫生院 (TOWNSHIP_HEALTH_CENTER)}. */
  @Override
  public String toString() {
    return code() + " " + name() + " (" + type() + ")";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Institution}; {@code code}, {@code name}, {@code type} and {@code regionCode} are required. */
  public static final class Builder extends ImmutableInstitution.Builder {
    public Builder() {}
  }
}
