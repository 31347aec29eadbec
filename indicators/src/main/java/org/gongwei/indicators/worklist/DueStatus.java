package org.gongwei.indicators.worklist;

/** Whether a due service is still on time on the worklist date. */
public enum DueStatus {
  /** 待办: due, and the worklist date is on or before its due date. */
  DUE("待办"),
  /** 逾期: the worklist date is after its due date. */
  OVERDUE("逾期");

  private final String label;

  DueStatus(String label) {
    this.label = label;
  }

  /** The Chinese label, {@code 待办} or {@code 逾期}. */
  public String label() {
    return label;
  }
}
