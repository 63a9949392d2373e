package io.github.reviewgate.maven;

/** Thrown when a parameter's value is invalid; the message names the property and the value. */
final class ParameterException extends Exception {

  ParameterException(String property, String value, String reason) {
    super("Invalid " + property + " '" + value + "': " + reason);
  }
}
