package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.read.DefaultLocale;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

  private static final Vocabulary VOCABULARY = Vocabulary.bundled();

  // Turkish lower-cases "I" to a dotless "ı", which breaks matching that uses the default locale.
  @RegisterExtension static final DefaultLocale TURKISH = new DefaultLocale(new Locale("tr", "TR"));

  @Test
  void bundledLoadsOnce() {
    assertThat(Vocabulary.bundled()).isSameAs(VOCABULARY);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Date; DATE",
        "Review Date; DATE",
        "Audit Date; DATE",
        "Assessment Date; DATE",
        "Last Updated; DATE",
        "review_date; DATE",
        "Reviewer; REVIEWER",
        "Reviewed By; REVIEWER",
        "Auditor; REVIEWER",
        "Approved By; REVIEWER",
        "Status; STATUS",
        "Decision; STATUS",
        "Verdict; STATUS",
        "Security Review Status; STATUS",
        "Document Status; STATUS",
        "Next Review; NEXT_REVIEW",
        "next_review; NEXT_REVIEW",
        "nextReview; NEXT_REVIEW",
        "Next Review Date; NEXT_REVIEW",
        "Next Audit; NEXT_REVIEW",
        "Next Audit Date; NEXT_REVIEW",
        "Score; SCORE",
        "IAM Security Score; SCORE",
        "DR Readiness Score; SCORE",
        "Average Score; OVERALL_SCORE",
        "Overall Score; OVERALL_SCORE",
        "Total Score; OVERALL_SCORE",
        "Risk Score; RISK",
        "Overall Risk Level; RISK",
        "Weight; WEIGHT",
        "Title; TITLE",
        "Subject; SUBJECT",
        "Conditions; CONDITIONS",
        "**Reviewer:**; REVIEWER",
        "Datum; DATE",
        "Prüfer; REVIEWER",
        "Geprüft von; REVIEWER",
        "Entscheidung; STATUS",
        "Nächste Prüfung; NEXT_REVIEW",
        "Punktzahl; SCORE",
        "Gesamtpunktzahl; OVERALL_SCORE",
        "Gewichtung; WEIGHT",
        "Fecha; DATE",
        "Fecha de revisión; DATE",
        "Revisado por; REVIEWER",
        "Estado; STATUS",
        "Próxima revisión; NEXT_REVIEW",
        "Puntuación; SCORE",
        "Puntuación total; OVERALL_SCORE",
        "Date de revue; DATE",
        "Datum der Prüfung; DATE",
        "dateReviewed; DATE",
        "Estado del servicio; STATUS",
        "Relecteur; REVIEWER",
        "Validé par; REVIEWER",
        "Statut; STATUS",
        "Prochaine revue; NEXT_REVIEW",
        "Note; SCORE",
        "Score global; OVERALL_SCORE",
        "Note globale; OVERALL_SCORE",
        "Score sécurité; SCORE",
        "日付; DATE",
        "承認日; DATE",
        "レビュー担当者; REVIEWER",
        "承認者; REVIEWER",
        "ステータス; STATUS",
        "次回レビュー; NEXT_REVIEW",
        "次回レビュー日; NEXT_REVIEW",
        "認証・認可スコア; SCORE",
        "総合スコア; OVERALL_SCORE",
        "対象サービス; SUBJECT",
        "审计日期; DATE",
        "审核人; REVIEWER",
        "批准人; REVIEWER",
        "状态; STATUS",
        "下次审计; NEXT_REVIEW",
        "下次审计日期; NEXT_REVIEW",
        "评分; SCORE",
        "总分; OVERALL_SCORE",
        "风险等级; RISK",
      })
  void fieldKindKnownKeys(String key, FieldKind expected) {
    assertThat(VOCABULARY.fieldKind(key)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Service",
        "Region",
        "Owning Team",
        "Agent",
        "Environment",
        "Tier",
        "Datenschutz",
        "Notes",
        "Statusseite",
        "Production Deployment"
      })
  void fieldKindUnknownKeys(String key) {
    assertThat(VOCABULARY.fieldKind(key)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Approved; APPROVED",
        "✅ **APPROVED** (2026-02-08); APPROVED",
        "APPROVED FOR PRODUCTION; APPROVED",
        "Approved for launch; APPROVED",
        "✅ **PASSED**; APPROVED",
        "Accepted; APPROVED",
        "GO; APPROVED",
        "Authorized; APPROVED",
        "Certified; APPROVED",
        "APPROVED WITH CONDITIONS; CONDITIONAL",
        "Approved with conditions; CONDITIONAL",
        "Approved (with conditions); CONDITIONAL",
        "Conditional; CONDITIONAL",
        "❌ **NOT APPROVED**; REJECTED",
        "Not approved yet; REJECTED",
        "Rejected; REJECTED",
        "Failed; REJECTED",
        "No-Go; REJECTED",
        "NO GO; REJECTED",
        "Withheld; REJECTED",
        "Pending; PENDING",
        "Draft; PENDING",
        "In Review; PENDING",
        "In progress; PENDING",
        "Genehmigt; APPROVED",
        "Nicht genehmigt; REJECTED",
        "Genehmigt mit Auflagen; CONDITIONAL",
        "Ausstehend; PENDING",
        "Aprobado; APPROVED",
        "Aprobado con condiciones; CONDITIONAL",
        "No aprobado; REJECTED",
        "Pendiente; PENDING",
        "Approuvé; APPROVED",
        "Approuvé sous réserve; CONDITIONAL",
        "Refusé; REJECTED",
        "En attente; PENDING",
        "承認済み; APPROVED",
        "条件付き承認; CONDITIONAL",
        "未承認; REJECTED",
        "承認待ち; PENDING",
        "已通过; APPROVED",
        "有条件通过; CONDITIONAL",
        "未通过; REJECTED",
        "待审批; PENDING",
      })
  void signOffStatusLeadingWords(String value, SignOffStatus expected) {
    assertThat(VOCABULARY.signOffStatus(value)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"FINAL", "ACTIVE", "PRODUCTION READY", "Good", "Go-live pending", "Goal met", ""})
  void signOffStatusUnmapped(String value) {
    assertThat(VOCABULARY.signOffStatus(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Not approved",
        "NOT APPROVED",
        "❌ Not Approved",
        "no-go",
        "Nicht genehmigt",
        "Non approuvé",
        "No aprobado",
        "不承認",
        "未批准"
      })
  void signOffStatusNotApprovedNeverApproved(String value) {
    assertThat(VOCABULARY.signOffStatus(value)).contains(SignOffStatus.REJECTED);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "[x]; DONE",
        "[X]; DONE",
        "PASS; DONE",
        "YES; DONE",
        "DONE; DONE",
        "READY; DONE",
        "COMPLIANT; DONE",
        "✅; DONE",
        "✔️; DONE",
        "✔; DONE",
        "☑️; DONE",
        "☑; DONE",
        "[PASS]; DONE",
        "✅ Verified; DONE",
        "Yes, enforced; DONE",
        "[ ]; NOT_DONE",
        "FAIL; NOT_DONE",
        "NO; NOT_DONE",
        "NOT READY; NOT_DONE",
        "NOT COMPLIANT; NOT_DONE",
        "NON-COMPLIANT; NOT_DONE",
        "Non compliant; NOT_DONE",
        "❌; NOT_DONE",
        "☐; NOT_DONE",
        "⬜; NOT_DONE",
        "[FAIL]; NOT_DONE",
        "PARTIAL; PARTIAL",
        "⚠️; PARTIAL",
        "⚠; PARTIAL",
        "🟡; PARTIAL",
        "[PARTIAL]; PARTIAL",
        "N/A; NOT_APPLICABLE",
        "[N/A]; NOT_APPLICABLE",
        "Conforme; DONE",
        "Non conforme; NOT_DONE",
        "Oui; DONE",
        "Sans objet; NOT_APPLICABLE",
        "Erfüllt; DONE",
        "Nicht erfüllt; NOT_DONE",
        "Teilweise; PARTIAL",
        "Entfällt; NOT_APPLICABLE",
        "Cumple; DONE",
        "No cumple; NOT_DONE",
        "Parcial; PARTIAL",
        "No aplica; NOT_APPLICABLE",
        "済; DONE",
        "未対応; NOT_DONE",
        "一部; PARTIAL",
        "対象外; NOT_APPLICABLE",
        "通过; DONE",
        "未通过; NOT_DONE",
        "部分; PARTIAL",
        "不适用; NOT_APPLICABLE",
      })
  void itemStateWordsAndMarks(String word, ItemState expected) {
    assertThat(VOCABULARY.itemState(word)).contains(expected);
  }

  @Test
  void itemStateEmptyCellIsNotDone() {
    assertThat(VOCABULARY.itemState("  ")).contains(ItemState.NOT_DONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Maybe", "see notes", "Checked by Alice"})
  void itemStateUnknownWords(String word) {
    assertThat(VOCABULARY.itemState(word)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Status",
        "Result",
        "Test Result",
        "Pass/Fail",
        "Ready",
        "Done",
        "Compliant",
        "Statut",
        "Résultat",
        "Ergebnis",
        "Estado",
        "Resultado",
        "ステータス",
        "結果",
        "状态",
        "是否通过"
      })
  void isStatusColumnHeaders(String header) {
    assertThat(VOCABULARY.isStatusColumn(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "Check", "Evidence", "Contrôle", "Commentaire", "Owner", "Done By"})
  void isStatusColumnOtherHeaders(String header) {
    assertThat(VOCABULARY.isStatusColumn(header)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Priority",
        "Severity",
        "Finding Severity",
        "Priorité",
        "Schweregrad",
        "Prioridad",
        "優先度",
        "优先级"
      })
  void isPriorityColumnHeaders(String header) {
    assertThat(VOCABULARY.isPriorityColumn(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Status", "编号", "问题描述", "负责团队", "Owner", "Priority Notes"})
  void isPriorityColumnOtherHeaders(String header) {
    assertThat(VOCABULARY.isPriorityColumn(header)).isFalse();
  }

  @ParameterizedTest(name = "{0} marks {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Yes; DONE",
        "No; NOT_DONE",
        "N/A; NOT_APPLICABLE",
        "Partial; PARTIAL",
        "Oui; DONE",
        "Non; NOT_DONE",
        "Ja; DONE",
        "Nein; NOT_DONE",
        "Sí; DONE",
        "はい; DONE",
        "いいえ; NOT_DONE",
        "是; DONE",
        "否; NOT_DONE"
      })
  void answerColumnHeaders(String header, ItemState expected) {
    assertThat(VOCABULARY.answerColumn(header)).contains(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Critical; CRITICAL",
        "Critical Priority; CRITICAL",
        "High Priority (Must Fix Before Production); HIGH",
        "Medium Priority (Should Fix Soon); MEDIUM",
        "Low Priority (Nice to Have); LOW",
        "P0; CRITICAL",
        "P1; HIGH",
        "P2; MEDIUM",
        "P3; LOW",
        "High-Priority Findings; HIGH",
        "Priorité haute; HIGH",
        "Priorité moyenne; MEDIUM",
        "Priorité basse; LOW",
        "Kritisch; CRITICAL",
        "Hohe Priorität; HIGH",
        "Prioridad alta; HIGH",
        "Prioridad baja; LOW",
        "Prioridad media; MEDIUM",
        "Media; MEDIUM",
        "高; HIGH",
        "中; MEDIUM",
        "低; LOW",
        "優先度：高; HIGH",
        "高リスク; HIGH",
        "严重; CRITICAL",
        "高优先级; HIGH",
        "中危; MEDIUM",
        "优先级：低; LOW",
      })
  void priorityNamed(String text, Priority expected) {
    assertThat(VOCABULARY.priority(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Highlights",
        "Follow-up",
        "Lowering costs",
        "Summary",
        "最高裁判所の判決について",
        "中国",
        "Slowdown",
        "Media Upload Pipeline"
      })
  void priorityNeverInsideWords(String text) {
    assertThat(VOCABULARY.priority(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Token leak - resolved in 2.1; RESOLVED",
        "Fixed by the new allow-list; RESOLVED",
        "Mitigated with a WAF rule; RESOLVED",
        "**Accepted** by the Head of Integrations; ACCEPTED",
        "Corrigé dans la 2.1; RESOLVED",
        "Risque accepté; ACCEPTED",
        "Behoben; RESOLVED",
        "Akzeptiert; ACCEPTED",
        "Resuelto; RESOLVED",
        "Aceptado; ACCEPTED",
        "修正済み; RESOLVED",
        "リスク受容; ACCEPTED",
        "已修复; RESOLVED",
        "已接受; ACCEPTED",
      })
  void findingStatusWords(String text, FindingStatus expected) {
    assertThat(VOCABULARY.findingStatus(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Not yet fixed",
        "Unresolved since June",
        "Fix: serve files from a new domain",
        "Noch nicht behoben",
        "Stored script through SVG"
      })
  void findingStatusNone(String text) {
    assertThat(VOCABULARY.findingStatus(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "None",
        "none.",
        "**None** ✅ - No critical security issues identified",
        "Aucun",
        "Keine",
        "Ninguno",
        "なし",
        "无",
        "N/A - none",
        "None identified"
      })
  void isNoneWords(String text) {
    assertThat(VOCABULARY.isNone(text)).isEqualTo(!text.startsWith("N/A"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"None of the endpoints log tokens", "Nonexistent", "Keine Ahnung warum"})
  void isNoneSentences(String text) {
    assertThat(VOCABULARY.isNone(text)).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Findings; FINDINGS",
        "Critical Security Findings; FINDINGS",
        "Risks; FINDINGS",
        "Open Issues; FINDINGS",
        "Sign-Off; SIGN_OFF",
        "Sign off; SIGN_OFF",
        "Signoff; SIGN_OFF",
        "Production Security Approval; APPROVAL",
        "Authorization; APPROVAL",
        "Post-Deployment Security Actions; ACTIONS",
        "Follow-up Actions; ACTIONS",
        "Next Steps; ACTIONS",
        "Constats; FINDINGS",
        "Validation; APPROVAL",
        "Prochaines étapes; ACTIONS",
        "Befunde; FINDINGS",
        "Freigabe; APPROVAL",
        "Nächste Schritte; ACTIONS",
        "Hallazgos; FINDINGS",
        "Firma; SIGN_OFF",
        "Próximos pasos; ACTIONS",
        "指摘事項; FINDINGS",
        "承認; APPROVAL",
        "次のステップ; ACTIONS",
        "发现的问题; FINDINGS",
        "审批签字; SIGN_OFF",
        "后续行动; ACTIONS",
      })
  void partNamed(String heading, Part expected) {
    assertThat(VOCABULARY.part(heading)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Data Security",
        "Issuer checks",
        "Overall Assessment",
        "Risky uploads",
        "Summary",
        "Risk Management",
        "Vulnerability Scanning",
        "3. 入力検証・脆弱性対策"
      })
  void partNone(String heading) {
    assertThat(VOCABULARY.part(heading)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1} days")
  @CsvSource(
      delimiter = ';',
      value = {
        "Within 24 Hours; 1",
        "Within 48 hours; 2",
        "Within 30 Days; 30",
        "Within 90 Days; 90",
        "Within 7 Days; 7",
        "Immediate (0-7 Days); 7",
        "Immediate (Within 24 Hours); 1",
        "Short-Term (Within 30 Days); 30",
        "Within 2 Weeks; 14",
        "Within 3 Months; 90",
        "Next 30 days; 30",
        "Sous 24 heures; 1",
        "Dans les 30 jours; 30",
        "Innerhalb von 24 Stunden; 1",
        "Innerhalb von 2 Wochen; 14",
        "Dentro de 30 días; 30",
        "En 3 meses; 90",
        "24時間以内; 1",
        "30日以内; 30",
        "3ヶ月以内; 90",
        "24小时内; 1",
        "30天内; 30",
        "1个月内; 30",
      })
  void windowDaysNamed(String heading, int days) {
    assertThat(VOCABULARY.windowDays(heading)).contains(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Log Retention (90 days)", "Data Security", "Release 2024 plan"})
  void windowDaysNone(String heading) {
    assertThat(VOCABULARY.windowDays(heading)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "January; 1",
        "Feb; 2",
        "feb.; 2",
        "Sept; 9",
        "DECEMBER; 12",
        "Januar; 1",
        "März; 3",
        "Mrz; 3",
        "Okt; 10",
        "Dez; 12",
        "enero; 1",
        "febrero; 2",
        "ago; 8",
        "dic; 12",
        "janvier; 1",
        "février; 2",
        "fevrier; 2",
        "mars; 3",
        "août; 8",
        "déc.; 12",
        "2月; 2",
        "十一月; 11",
        "12月; 12"
      })
  void monthNames(String name, int month) {
    assertThat(VOCABULARY.month(name)).hasValue(month);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Smarch", "", "13月", "Monday"})
  void monthUnknown(String name) {
    assertThat(VOCABULARY.month(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "days; DAYS",
        "Wochen; WEEKS",
        "mois; MONTHS",
        "meses; MONTHS",
        "ヶ月; MONTHS",
        "个月; MONTHS",
        "hours; HOURS",
        "años; YEARS"
      })
  void timeUnitWords(String word, ChronoUnit unit) {
    assertThat(VOCABULARY.timeUnit(word)).isEqualTo(Optional.of(unit));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "next_review; nextreview",
        "Next Review; nextreview",
        "nextReview; nextreview",
        "Décision; decision",
        "ＳＣＯＲＥ; score",
        "Prüfer; prufer"
      })
  void wordsKeyForms(String key, String expected) {
    assertThat(Words.key(key)).isEqualTo(expected);
  }

  @Test
  void loadEveryLanguage() {
    for (String language : Vocabulary.LANGUAGES) {
      assertThat(VocabularyFile.read(language)).as(language).isNotEmpty();
    }
  }
}
