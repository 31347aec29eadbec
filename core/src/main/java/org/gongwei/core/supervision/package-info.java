/**
 * Health-supervision assistance records (卫生计生监督协管).
 */
package org.gongwei.core.supervision;
