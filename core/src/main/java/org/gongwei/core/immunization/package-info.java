/**
 * Immunization: the National Immunization Program schedule as data and the vaccination record.
 */
package org.gongwei.core.immunization;
