package io.sumoclient.serviceaccounts.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Defensive copies that keep null elements, so validation can report them by index. */
final class Lists {
  private Lists() {}

  static List<String> copyOrEmpty(@Nullable List<String> list) {
    if (list == null) {
      return List.of();
    }
    for (String element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }

  static @Nullable List<String> copyOrNull(@Nullable List<String> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
