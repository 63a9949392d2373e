package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.read.ScoreText;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a score: text such as {@code 9.5/10} or {@code 85%}, or a bare number, which counts as
 * points out of 10 and keeps its text as written.
 */
final class ScoreDeserializer extends StdScalarDeserializer<Score> {

  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
  private static final String EXPECTED = "a score such as 9.5/10, 85% or a number out of 10";

  ScoreDeserializer() {
    super(Score.class);
  }

  @Override
  public Score deserialize(JsonParser parser, DeserializationContext context) {
    String text = TokenText.scalar(parser, EXPECTED).strip();
    if (BARE_NUMBER.matcher(text).matches()) {
      return outOfTen(parser, text);
    }
    Optional<Score> score = ScoreText.find(text);
    if (score.isEmpty()) {
      throw new InvalidValueException(parser, TokenText.quote(text) + " is not " + EXPECTED);
    }
    return score.get();
  }

  private static Score outOfTen(JsonParser parser, String text) {
    BigDecimal value = new BigDecimal(text);
    if (value.compareTo(BigDecimal.TEN) > 0) {
      throw new InvalidValueException(
          parser,
          text
              + " is not a score out of 10; write the scale, such as "
              + text
              + "/100 or "
              + text
              + "%");
    }
    return new Score(value, BigDecimal.TEN, text);
  }
}
