package io.github.reviewgate.maven;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses file sizes such as {@code 5MB}, {@code 512KB} or {@code 1048576} into bytes. */
final class FileSize {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(B|KB|MB|GB)?");

  private FileSize() {}

  /**
   * Parses a size in bytes, or in binary kilobytes, megabytes or gigabytes ({@code 1KB} is 1024
   * bytes); the unit ignores case.
   */
  static long parse(String text) throws ParameterException {
    Matcher matcher = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new ParameterException(
          ReviewProperties.MAX_FILE_SIZE,
          text,
          "expected a number of bytes, optionally followed by KB, MB or GB, such as 5MB");
    }
    long value = Long.parseLong(matcher.group(1));
    long bytes;
    try {
      bytes = Math.multiplyExact(value, multiplier(matcher.group(2)));
    } catch (ArithmeticException overflow) {
      throw new ParameterException(ReviewProperties.MAX_FILE_SIZE, text, "the size is too large");
    }
    if (bytes <= 0) {
      throw new ParameterException(
          ReviewProperties.MAX_FILE_SIZE, text, "the size must be greater than zero");
    }
    return bytes;
  }

  private static long multiplier(String unit) {
    if (unit == null) {
      return 1;
    }
    return switch (unit) {
      case "KB" -> 1024L;
      case "MB" -> 1024L * 1024;
      case "GB" -> 1024L * 1024 * 1024;
      default -> 1;
    };
  }
}
