/**
 * Implementation details of the io module; not exported.
 */
package org.gongwei.io.internal;
