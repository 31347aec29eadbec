/**
 * Implementation details of the core module; not exported.
 */
package org.gongwei.core.internal;
