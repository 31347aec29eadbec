package org.gongwei.io.cda;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;

/**
 * The documents of a directory read one by one: each document's result, and the counts that
 * account for every document (read = accepted + rejected).
 *
 * @param documents the result of each document, in file-name order
 */
public record CdaBatch(List<CdaDocumentResult> documents) {

  /** Copies the list. */
  public CdaBatch {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
  }

  /** The number of documents read. */
  public int documentsRead() {
    return documents.size();
  }

  /** The number of documents accepted (a record read, no ERROR). */
  public int documentsAccepted() {
    return (int) documents.stream().filter(CdaDocumentResult::isAccepted).count();
  }

  /** The number of documents rejected. */
  public int documentsRejected() {
    return documentsRead() - documentsAccepted();
  }

  /** The residents of the accepted 483.1 documents. */
  public List<Resident> residents() {
    return documents.stream().map(CdaDocumentResult::resident).flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The follow-ups of the accepted 483.12 and 483.13 documents. */
  public List<FollowUp> followUps() {
    return documents.stream().map(CdaDocumentResult::followUp).flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Every problem of every document, in document order. */
  public List<Problem> problems() {
    return documents.stream().flatMap(d -> d.problems().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /** For example {@code CDA batch: 12 read, 11 accepted, 1 rejected}. */
  @Override
  public String toString() {
    return "CDA batch: " + documentsRead() + " read, " + documentsAccepted() + " accepted, "
        + documentsRejected() + " rejected";
  }
}
