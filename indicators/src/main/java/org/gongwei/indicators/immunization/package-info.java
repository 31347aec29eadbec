/**
 * Immunization indicators (预防接种, indicators.md §3): the vaccination-certificate rate {@link
 * org.gongwei.indicators.immunization.VaccinationCertificate} (IMM-01), vaccination coverage per
 * dose of the schedule {@link org.gongwei.indicators.immunization.VaccinationCoverage} (IMM-02)
 * and the timely vaccination rate {@link
 * org.gongwei.indicators.immunization.TimelyVaccination} (IMM-03).
 */
package org.gongwei.indicators.immunization;
