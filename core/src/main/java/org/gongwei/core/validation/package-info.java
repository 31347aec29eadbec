/**
 * Validation of records and datasets: every finding is a {@link org.gongwei.core.validation.Problem}.
 */
package org.gongwei.core.validation;
