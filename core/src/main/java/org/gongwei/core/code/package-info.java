/**
 * National code tables as enums: each constant carries its national code and Chinese label (GB/T 2261.1 sex, GB 3304 ethnicity, CV02.01.101 document type and the coded fields of the exchange format).
 */
package org.gongwei.core.code;
