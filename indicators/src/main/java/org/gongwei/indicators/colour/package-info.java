/**
 * Colour-coded management of hypertension and type 2 diabetes patients (红黄绿分色管理,
 * indicators.md §15): each managed patient graded green, yellow or red by configurable rules
 * ({@link org.gongwei.indicators.colour.ColourRules}), counted by institution and doctor ({@link
 * org.gongwei.indicators.colour.ColourCensus}) and followed from one period to the next ({@link
 * org.gongwei.indicators.colour.ColourTransitions}).
 *
 * <p>The practice is local, not national: pilots such as Hunan's 2025 "专案分色" trial keep red,
 * yellow and green files of patients and manage them with county, township and village teams. The
 * default rules follow the referral criteria of 国家基本公共卫生服务规范（第三版） (2017), 高血压 / 2型糖尿病
 * 患者健康管理服务规范; every rule can be changed or switched off.
 */
package org.gongwei.indicators.colour;
