package io.sumoclient.serviceaccounts.internal;

import java.util.regex.Pattern;

/** Removes secrets from text before it reaches a log line or an exception. */
public final class Redaction {
  /** What a removed secret is replaced with. */
  public static final String MASK = "<redacted>";

  private static final Pattern SECRET_FIELD =
      Pattern.compile("(\"(?:key|accessKey|secret|password)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?");

  private Redaction() {}

  /**
   * Replaces the value of every JSON field that can hold a secret.
   *
   * @param text JSON text, possibly cut short
   * @return the text with those values masked
   */
  public static String redactJson(String text) {
    return SECRET_FIELD.matcher(text).replaceAll("$1\"" + MASK + "\"");
  }

  /**
   * Returns at most {@code limit} characters of {@code text}, secrets redacted, marking a cut.
   *
   * @param text the text
   * @param limit the most characters to keep
   * @return the excerpt
   */
  public static String excerpt(String text, int limit) {
    String redacted = redactJson(text);
    return redacted.length() <= limit ? redacted : redacted.substring(0, limit) + "...";
  }
}
