/**
 * Primary-care institutions (机构) and their types.
 */
package org.gongwei.core.institution;
