/**
 * Due-service worklists (待办服务清单): for a date, the residents with services due or overdue,
 * per institution and per doctor, sorted by urgency, each with the rule that makes it due and the
 * indicators it serves.
 *
 * <p>The rules are decided by the indicator calculators' own functions (chronic management
 * windows and follow-up counts, the OLD-01 and TCM-01 parts, the CH-02, CH-03 and TCM-02 ages and
 * counts, the IMM-02 and IMM-03 dose checks, the CH-01 and MAT-02 visit windows, SMD
 * registration, TB-01 timing), evaluated over a period that ends on the worklist date, so that a
 * worklist and the indicators cannot disagree: doing a listed service on the worklist date puts
 * the resident into the numerator of the indicators it serves for that period, as {@link
 * org.gongwei.indicators.worklist.DueRule} states rule by rule (with the few cases where one
 * service cannot complete a numerator by itself).
 *
 * <pre>{@code
 * Worklist today = Worklists.of(dataset, LocalDate.of(2024, 8, 15), Rulebook.national2017());
 * System.out.println(today.forInstitution("430321101").forDoctor("D07"));
 * }</pre>
 */
package org.gongwei.indicators.worklist;
