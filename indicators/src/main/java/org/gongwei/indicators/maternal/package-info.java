/**
 * Maternal health indicators MAT-01 … MAT-04 (孕产妇健康管理, indicators.md §5): early
 * registration, postpartum visits, the 42-day check and systematic management, evaluated on the
 * mother for each pregnancy delivered in the period, against the live births of those pregnancies.
 *
 * <p>Rules shared by the four indicators (documented once here, see also {@code Delivery}):
 *
 * <ul>
 *   <li><b>Which pregnancies.</b> Every pregnancy in the bundle whose delivery date lies in the
 *       period counts, whatever the mother's residence status or whether she is alive at the
 *       period end (a maternal death still counts; the bundle is taken as the jurisdiction's
 *       register of pregnant women, 辖区内产妇). A pregnancy without a delivery date counts nowhere.
 *   <li><b>Denominator = live births.</b> A pregnancy adds its {@code live_births}; an absent
 *       value is taken as 1 live birth (the usual singleton birth); 0 (a stillbirth) adds nothing,
 *       and then the mother is not in the numerator for that pregnancy either, so that the
 *       numerator never exceeds the denominator pregnancy by pregnancy.
 *   <li><b>Numerator = mothers.</b> A qualifying mother adds 1 whatever the number of babies, as
 *       in the specification: twins lower the rate (1 mother against 2 live births), and such a
 *       mother appears among the shortfalls of a drill-down with a reason saying so.
 *   <li><b>Gestational age</b> at a visit = completed weeks from {@code lmp_date} to the visit
 *       ({@code days / 7}, rounded down); when the LMP date is missing (or after the visit) the
 *       recorded {@code gestational_weeks} of the visit is used; otherwise it is unknown and the
 *       visit cannot show early registration. The LMP-based value is preferred because it is
 *       computed the same way everywhere; the recorded value is a fallback.
 *   <li><b>Prenatal exams</b> are visits of kind {@code PRENATAL} dated on or before the delivery
 *       date; the first prenatal exam is the earliest of them.
 *   <li><b>Visits after the period end count</b>: a delivery on the last day of the period is
 *       judged on the postpartum visits recorded after it, whenever the report is run.
 *   <li>A mother with several deliveries in the period adds the sums over her pregnancies.
 * </ul>
 */
package org.gongwei.indicators.maternal;
