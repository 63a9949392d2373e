package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileSizeTest {

  @Test
  void bytesWithoutUnit() throws ParameterException {
    assertThat(FileSize.parse("1048576")).isEqualTo(1_048_576L);
    assertThat(FileSize.parse("100B")).isEqualTo(100L);
  }

  @Test
  void binaryUnitsIgnoringCase() throws ParameterException {
    assertThat(FileSize.parse("512KB")).isEqualTo(524_288L);
    assertThat(FileSize.parse("5MB")).isEqualTo(5_242_880L);
    assertThat(FileSize.parse("5 mb")).isEqualTo(5_242_880L);
    assertThat(FileSize.parse("1gb")).isEqualTo(1_073_741_824L);
  }

  @Test
  void zeroRejected() {
    assertThatThrownBy(() -> FileSize.parse("0KB"))
        .hasMessage("Invalid review.maxFileSize '0KB': the size must be greater than zero");
  }

  @Test
  void overflowRejected() {
    assertThatThrownBy(() -> FileSize.parse("999999999999999GB"))
        .hasMessage("Invalid review.maxFileSize '999999999999999GB': the size is too large");
  }

  @Test
  void fractionsAndNegativesRejected() {
    assertThatThrownBy(() -> FileSize.parse("1.5MB")).isInstanceOf(ParameterException.class);
    assertThatThrownBy(() -> FileSize.parse("-5MB")).isInstanceOf(ParameterException.class);
    assertThatThrownBy(() -> FileSize.parse("MB")).isInstanceOf(ParameterException.class);
  }
}
