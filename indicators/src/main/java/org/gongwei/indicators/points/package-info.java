/**
 * Health points (健康积分制, indicators.md §15): residents earn points for healthy behaviours under
 * a configurable {@link org.gongwei.indicators.points.PointsScheme} ("behaviour → points", with
 * caps per year, quarter or month) and redeem them for goods or services; the {@link
 * org.gongwei.indicators.points.Ledger} keeps every entry and derives each balance from them.
 *
 * <p>Local schemes differ (Shuifu in Yunnan scores 45 behaviours; Qingpu in Shanghai and
 * Shicheng in Jiangxi run them on mini-programs), so nothing here is a national rule: the scheme
 * is data. Behaviours recorded in the dataset (face-to-face follow-ups, check-ups, elderly TCM
 * services, timely vaccinations, contracts, …) are derived by {@link
 * org.gongwei.indicators.points.Behaviours}; others (a lecture attended) come from outside as
 * {@link org.gongwei.indicators.points.PointsEvent}s.
 */
package org.gongwei.indicators.points;
