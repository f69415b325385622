package io.sumoclient.serviceaccounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Builds the {@code User-Agent} header: {@code <artifact>/<version> (Java/<v>; <os>) [app/v]}. */
public final class UserAgent {
  private static final Properties BUILD = load();

  private UserAgent() {}

  /** {@return this library's version, such as {@code 0.1.0}} */
  public static String libraryVersion() {
    return BUILD.getProperty("version", "dev");
  }

  /**
   * Returns the header value.
   *
   * @param application the calling application's name and version, such as {@code rotator/1.2}, or
   *     {@code null}
   * @return the header value, ASCII only
   */
  public static String of(@Nullable String application) {
    String base =
        BUILD.getProperty("artifact", "sumologic-service-accounts")
            + "/"
            + libraryVersion()
            + " (Java/"
            + System.getProperty("java.version")
            + "; "
            + System.getProperty("os.name")
            + ")";
    return ascii(application == null ? base : base + " " + application);
  }

  private static String ascii(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '_');
    }
    return out.toString();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
