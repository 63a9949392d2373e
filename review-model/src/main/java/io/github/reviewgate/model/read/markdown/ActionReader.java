package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ActionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads action items: task list items under a heading that names a time window ("Within 30 Days")
 * or inside a post-deployment, follow-up or next-steps part.
 */
final class ActionReader {

  private ActionReader() {}

  static List<ActionItem> read(List<MarkdownBlock> blocks, Outline outline) {
    List<ActionItem> actions = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int heading = outline.owner(i);
      if (blocks.get(i) instanceof MarkdownBlock.Item item
          && item.checked().isPresent()
          && outline.holdsActions(heading)
          && !outline.isChecklist(heading)) {
        actions.add(
            new ActionItem(
                InlineText.clean(item.text()),
                item.checked().get(),
                outline.windowDays(heading),
                // NOTE: a due date written in the item's text is not read yet; only windows are.
                Optional.empty(),
                item.line()));
      }
    }
    return actions;
  }
}
