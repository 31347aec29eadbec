package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * One scalar JSON value as it was written: its token and its text (for numbers the digits exactly
 * as in the input, so that nothing is lost before a codec reads them).
 *
 * @param token the scalar token ({@code VALUE_STRING}, {@code VALUE_NUMBER_INT}, …)
 * @param text the string's value or the number's text; {@code "null"}, {@code "true"} or
 *     {@code "false"} for those tokens
 */
record Raw(JsonToken token, String text) {

  /** Whether the value is JSON {@code null}. */
  boolean isNull() {
    return token == JsonToken.VALUE_NULL;
  }

  /** The value for an error message: a string in double quotes, anything else as written. */
  String shown() {
    return token == JsonToken.VALUE_STRING ? '"' + text + '"' : text;
  }
}
