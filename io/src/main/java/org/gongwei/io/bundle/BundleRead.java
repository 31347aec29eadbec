package org.gongwei.io.bundle;

import java.util.List;
import java.util.Objects;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.validation.Problem;

/**
 * A bundle read into memory: the {@link Dataset} of its accepted records, and the
 * {@link BundleAccount} of what was read, accepted and rejected, with the problems.
 *
 * <p>The dataset holds the records as read, duplicates and dangling references included: run a
 * {@link org.gongwei.core.validation.DatasetValidator} over it for the rules across records.
 *
 * @param dataset the accepted records, type by type in file order
 * @param account the files' accounts, the problems and the totals
 */
public record BundleRead(Dataset dataset, BundleAccount account) {

  /** Checks that both parts are present. */
  public BundleRead {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(account, "account");
  }

  /** The problems kept while reading (see {@link BundleAccount#problems()}). */
  public List<Problem> problems() {
    return account.problems();
  }

  /** Whether reading found any ERROR. */
  public boolean hasErrors() {
    return account.hasErrors();
  }

  /** For example {@code BundleRead[Dataset[1200 residents, 5400 records], 5400 read, 0 rejected, 3 problems]}. */
  @Override
  public String toString() {
    return "BundleRead[" + dataset + ", " + account.rowsRead() + " read, "
        + account.rowsRejected() + " rejected, " + account.problemCount() + " problem"
        + (account.problemCount() == 1 ? "" : "s") + "]";
  }
}
