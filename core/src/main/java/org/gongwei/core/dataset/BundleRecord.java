package org.gongwei.core.dataset;

/**
 * A record of the CSV bundle: every domain record type implements it, so that validators,
 * readers and writers can treat records alike.
 */
public interface BundleRecord {

  /** The record type, which names the bundle file it belongs to. */
  RecordType recordType();

  /** The record's own id (for example {@code followup_id}); unique within its type. */
  String id();
}
