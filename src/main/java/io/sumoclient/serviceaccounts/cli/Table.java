package io.sumoclient.serviceaccounts.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with a header row and columns padded to their widest cell. */
final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers) {
    this.headers = headers;
  }

  static Table of(String... headers) {
    return new Table(List.of(headers));
  }

  Table row(String... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  void print(PrintStream out) {
    out.println(line(headers, widths()));
    printRows(out);
  }

  /** Prints the rows without the header, padded as if it were there. */
  void printRows(PrintStream out) {
    int[] widths = widths();
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    return line.toString().stripTrailing();
  }
}
