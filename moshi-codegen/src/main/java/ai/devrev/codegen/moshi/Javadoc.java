package ai.devrev.codegen.moshi;

import java.util.ArrayList;
import java.util.List;

/** Turns a spec description into Javadoc lines that cannot end the comment or break the HTML. */
final class Javadoc {
  private Javadoc() {}

  static List<String> lines(String description) {
    List<String> lines = new ArrayList<>();
    if (description == null || description.isBlank()) {
      return lines;
    }
    for (String line : description.strip().split("\\R")) {
      lines.add(line.strip()
          .replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("*/", "*&#47;")
          .replace("@", "&#64;"));
    }
    return lines;
  }
}
