package ai.devrev.api.gate;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, as {@code git diff} shows it to a reviewer. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  static String of(String fromName, String from, String toName, String to) {
    List<String> a = lines(from);
    List<String> b = lines(to);
    List<String> script = script(a, b);
    StringBuilder out = new StringBuilder("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).charAt(0) == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is within twice the context.
      while (end < script.size()) {
        if (script.get(end).charAt(0) != ' ') {
          end++;
          continue;
        }
        int next = end;
        while (next < script.size() && script.get(next).charAt(0) == ' ') {
          next++;
        }
        if (next < script.size() && next - end <= 2 * CONTEXT) {
          end = next;
        } else {
          end = Math.min(script.size(), end + CONTEXT);
          break;
        }
      }
      int fromLine = 1;
      int toLine = 1;
      for (int k = 0; k < start; k++) {
        fromLine += script.get(k).charAt(0) != '+' ? 1 : 0;
        toLine += script.get(k).charAt(0) != '-' ? 1 : 0;
      }
      int fromCount = 0;
      int toCount = 0;
      for (int k = start; k < end; k++) {
        fromCount += script.get(k).charAt(0) != '+' ? 1 : 0;
        toCount += script.get(k).charAt(0) != '-' ? 1 : 0;
      }
      out.append("@@ -").append(fromLine).append(',').append(fromCount)
          .append(" +").append(toLine).append(',').append(toCount).append(" @@\n");
      for (int k = start; k < end; k++) {
        out.append(script.get(k)).append('\n');
      }
      i = end;
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Each line of both texts prefixed with ' ', '-' or '+', from a longest common subsequence. */
  private static List<String> script(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int n = a.size() - prefix - suffix;
    int m = b.size() - prefix - suffix;
    int[][] common = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        common[x][y] = a.get(prefix + x).equals(b.get(prefix + y)) ? common[x + 1][y + 1] + 1
            : Math.max(common[x + 1][y], common[x][y + 1]);
      }
    }
    List<String> script = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      script.add(" " + a.get(k));
    }
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
        script.add(" " + a.get(prefix + x++));
        y++;
      } else if (x < n && (y == m || common[x + 1][y] >= common[x][y + 1])) {
        script.add("-" + a.get(prefix + x++));
      } else {
        script.add("+" + b.get(prefix + y++));
      }
    }
    for (int k = a.size() - suffix; k < a.size(); k++) {
      script.add(" " + a.get(k));
    }
    return script;
  }
}
