/**
 * The in-memory dataset of all records and its per-resident view.
 */
package org.gongwei.core.dataset;
