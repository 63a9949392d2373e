package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyFileTest {

  @Test
  void parseEntries() {
    List<VocabularyFile.Entry> entries =
        VocabularyFile.parse(
            "xx.txt", List.of("# comment", "", "field.DATE = Date | Review Date", "none = none"));

    assertThat(entries)
        .containsExactly(
            new VocabularyFile.Entry("field", "DATE", "Date", "xx.txt:3"),
            new VocabularyFile.Entry("field", "DATE", "Review Date", "xx.txt:3"),
            new VocabularyFile.Entry("none", "", "none", "xx.txt:4"));
  }

  @Test
  void parseMalformedLine() {
    assertThatThrownBy(() -> VocabularyFile.parse("xx.txt", List.of("field.DATE Date")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("xx.txt:1: expected 'category.NAME = word | word'");
  }

  @Test
  void readMissingLanguage() {
    assertThatThrownBy(() -> VocabularyFile.read("xx"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("vocabulary resource not found: vocabulary/xx.txt");
  }

  @Test
  void addWordWithTwoMeanings() {
    SynonymTable<String> table = new SynonymTable<>("state");
    table.add("ok", "DONE", "en.txt:1");

    assertThatThrownBy(() -> table.add("ok", "NOT_DONE", "xx.txt:7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("xx.txt:7: 'ok' in state means both DONE and NOT_DONE");
  }

  @Test
  void loadSingleLanguage() {
    Vocabulary english = Vocabulary.load(List.of("en"));

    assertThat(english.fieldKind("Review Date")).contains(FieldKind.DATE);
    assertThat(english.fieldKind("Datum")).isEmpty();
  }
}
