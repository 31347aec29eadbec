/**
 * JSON and NDJSON forms of Gongwei's domain types: a configured Jackson mapper for every record
 * type ({@link org.gongwei.io.json.GongweiJson}), streaming NDJSON writing and reading with bad
 * lines reported as problems ({@link org.gongwei.io.json.NdjsonWriter}, {@link
 * org.gongwei.io.json.NdjsonReader}), and the rulebook file ({@link
 * org.gongwei.io.json.RulebookJson}).
 */
package org.gongwei.io.json;
