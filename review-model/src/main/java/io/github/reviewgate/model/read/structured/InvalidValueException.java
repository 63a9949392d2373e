package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the right shape whose content this project rejects, such as an unknown state word. Its
 * message is ready for users; databind adds the path and the location.
 */
final class InvalidValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  InvalidValueException(JsonParser parser, String message) {
    super(parser, message, parser.currentTokenLocation());
  }
}
