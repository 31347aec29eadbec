package org.gongwei.io.cda;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * What became of one CDA document: its type when recognised, the record read from it when it was
 * accepted, and every problem found, each located by source and XPath-like path ({@link
 * Problem#field()}).
 *
 * <p>The document is accepted (a record is present) exactly when no problem is an ERROR.
 *
 * @param source the file name or the name the caller gave the stream
 * @param documentType the document type, when recognised
 * @param record the {@link Resident} (483.1) or {@link FollowUp} (483.12, 483.13) read, if accepted
 * @param problems the problems in the order found
 */
public record CdaDocumentResult(
    String source,
    Optional<CdaDocumentType> documentType,
    Optional<BundleRecord> record,
    List<Problem> problems) {

  /** Checks that a record is present exactly when no problem is an error, and copies the list. */
  public CdaDocumentResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(record, "record");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    boolean errors = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    if (record.isPresent() == errors) {
      throw new IllegalArgumentException(
          record.isPresent()
              ? "a document with errors cannot have a record"
              : "a document without errors must have a record");
    }
  }

  /** Whether the document was accepted: it gave a record and has no ERROR. */
  public boolean isAccepted() {
    return record.isPresent();
  }

  /** The resident of an accepted 483.1 document. */
  public Optional<Resident> resident() {
    return record.filter(Resident.class::isInstance).map(Resident.class::cast);
  }

  /** The follow-up of an accepted 483.12 or 483.13 document. */
  public Optional<FollowUp> followUp() {
    return record.filter(FollowUp.class::isInstance).map(FollowUp.class::cast);
  }

  /** The number of problems of a severity. */
  public long problemCount(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /**
   * For example {@code f01.xml HSDB04.01: accepted FollowUp[F01, …]; 0 errors, 1 warning} or
   * {@code bad.xml: rejected; 2 errors, 0 warnings}.
   */
  @Override
  public String toString() {
    long errors = problemCount(Severity.ERROR);
    long warnings = problemCount(Severity.WARNING);
    return source
        + documentType.map(t -> " " + t.code()).orElse("")
        + ": "
        + record.map(r -> "accepted " + r).orElse("rejected")
        + "; " + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning" : " warnings");
  }
}
