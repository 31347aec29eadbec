/**
 * Capability standards of primary-care institutions (乡镇卫生院/社区卫生服务中心服务能力标准, used by
 * the 优质服务基层行 campaign and for 社区医院): items that are basic (★) or recommended (☆), each
 * with a score, and the level an institution reaches on an assessment (indicators.md §15).
 *
 * <p>Items and thresholds are data, loaded from a file ({@code org.gongwei.io.standard
 * .CapabilityStandardJson}); the official item texts are not part of this library.
 */
package org.gongwei.indicators.capability;
