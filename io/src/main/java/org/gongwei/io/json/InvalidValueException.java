package org.gongwei.io.json;

/** A JSON value that a codec cannot read; the message says what was expected and what was found. */
final class InvalidValueException extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidValueException(String message) {
    super(message, null, false, false);
  }
}
