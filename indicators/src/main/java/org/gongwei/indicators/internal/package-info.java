/**
 * Implementation details of the indicators module; not exported.
 */
package org.gongwei.indicators.internal;
