package io.provscan.modelfile;

import java.util.List;

/**
 * The {@code models} section of {@code summary.json}: one row per folder that holds model weights
 * or a model configuration, in source order.
 *
 * @param folders the model folders
 */
public record ModelTotals(List<ModelFolder> folders) {
  /** Copies the list. */
  public ModelTotals {
    folders = List.copyOf(folders);
  }
}
