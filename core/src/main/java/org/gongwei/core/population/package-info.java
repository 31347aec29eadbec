/**
 * Population estimates and prevalence per scope and year (人口与患病率).
 */
package org.gongwei.core.population;
