/**
 * National code tables as enums: each constant carries its national code and Chinese label (GB/T 2261.1 sex, GB 3304 ethnicity, CV02.01.101 document type and the coded fields of the exchange format).
 *
 * <p>Every table implements {@link org.gongwei.core.code.Coded} and has a static {@code
 * fromCode(String)}; {@link org.gongwei.core.code.Coded#fromCodeOrName} also accepts the constant's
 * name in any case. Tables with a numbered national code keep it exactly (leading zeros included,
 * for example ethnicity {@code 01}); tables the exchange format writes by name use the constant's
 * name as the code. An unknown value throws {@link org.gongwei.core.code.UnknownCodeException}
 * naming the table and the value. Constant names and codes are a stable contract.
 */
package org.gongwei.core.code;
