package io.github.reviewgate.maven;

/** Thrown when a parameter's value is invalid; the message names the parameter and the value. */
final class ParameterException extends Exception {

  ParameterException(String property, String value, String reason) {
    this("Invalid " + property + " '" + value + "': " + reason);
  }

  /** Creates an exception whose message is complete as given. */
  ParameterException(String message) {
    super(message);
  }
}
