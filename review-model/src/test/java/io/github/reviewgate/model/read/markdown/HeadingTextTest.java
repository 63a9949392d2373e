package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.SectionStatus;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "3. Data Security ✅; 3; Data Security; PASSED",
        "3. Data Security ✅️; 3; Data Security; PASSED",
        "7. Compliance Readiness ⚠️; 7; Compliance Readiness; WARNING",
        "7. Compliance Readiness ⚠; 7; Compliance Readiness; WARNING",
        "4. Audit Trail ❌; 4; Audit Trail; FAILED",
        "Audit Trail ✖️; -; Audit Trail; FAILED",
        "Audit Trail ✖; -; Audit Trail; FAILED",
        "Audit Trail 🔴; -; Audit Trail; FAILED",
        "Capacity 🟡; -; Capacity; WARNING",
        "Capacity 🟢; -; Capacity; PASSED",
        "Capacity ✔️; -; Capacity; PASSED",
        "Capacity ✔; -; Capacity; PASSED",
        "Capacity ✓; -; Capacity; PASSED",
        "Capacity ☑️; -; Capacity; PASSED",
        "Capacity [OK]; -; Capacity; PASSED",
        "✅ Capacity; -; Capacity; PASSED",
        "3.1 Key Rotation; 3.1; Key Rotation; NONE",
        "3.1. Key Rotation; 3.1; Key Rotation; NONE",
        "2) Network; 2; Network; NONE",
        "Section 3: Data Security; 3; Data Security; NONE",
        "Step 2 - Rollout; 2; Rollout; NONE",
        "10. Documentation ✅; 10; Documentation; PASSED",
        "**3. Data Security** ✅; 3; Data Security; PASSED",
        "3. DATA SECURITY ✅; 3; Data Security; PASSED",
        "SECRETS AND KEYS; -; Secrets and Keys; NONE",
        "IAM Security ✅; -; IAM Security; PASSED",
        "1. 認証・認可 ✅; 1; 認証・認可; PASSED",
        "一、容量与性能; 一; 容量与性能; NONE",
        "ポイント交換 API セキュリティレビュー; -; ポイント交換 API セキュリティレビュー; NONE",
        "3. 入力検証・脆弱性対策 ⚠️; 3; 入力検証・脆弱性対策; WARNING",
        "2026 Roadmap; -; 2026 Roadmap; NONE",
        "Security (36/40); -; Security (36/40); NONE",
        "Findings; -; Findings; NONE",
      })
  void parseHeadings(String text, String number, String title, SectionStatus status) {
    assertThat(HeadingText.parse(text))
        .isEqualTo(new HeadingText(Optional.ofNullable(number), title, status));
  }
}
