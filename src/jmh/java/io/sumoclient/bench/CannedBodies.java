package io.sumoclient.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Realistic Service Accounts API bodies, built once and served as they are to every contender. */
public final class CannedBodies {
  private static final String CREATOR = "0000000000B9F2A1";

  private CannedBodies() {}

  /** {@return one service account as {@code GET /v1/serviceAccounts/{id}} returns it} */
  public static byte[] account() {
    return account(4242).getBytes(StandardCharsets.UTF_8);
  }

  /** {@return the account that {@code POST /v1/serviceAccounts} answers with} */
  public static byte[] created() {
    return account(7).getBytes(StandardCharsets.UTF_8);
  }

  /** {@return a list body holding {@code count} accounts} */
  public static byte[] list(int count) {
    StringBuilder out = new StringBuilder(count * 330 + 16).append("{\"data\":[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(account(i));
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a list body of {@code count} accounts without holding it in memory. */
  public static void writeList(int count, OutputStream out) throws IOException {
    out.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < count; i++) {
      out.write(((i == 0 ? "" : ",") + account(i)).getBytes(StandardCharsets.UTF_8));
    }
    out.write("]}".getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the request body every contender's create call sends} */
  public static String createRequestName() {
    return "ci-deployer-staging";
  }

  /** {@return one account in the API's field order, with values that vary by index} */
  static String account(int i) {
    String id = String.format(Locale.ROOT, "%016X", 0xFE20000L + i);
    String name = String.format(Locale.ROOT, "svc-pipeline-%05d", i);
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + name
        + "@ops.example.com\",\"roleIds\":[\"00000000005E5403\",\"0000000000D4A1C"
        + (i % 10)
        + "\"],\"isActive\":"
        + (i % 7 != 0)
        + ",\"createdAt\":\"2024-03-18T09:41:27.512Z\",\"createdBy\":\""
        + CREATOR
        + "\",\"modifiedAt\":\"2025-11-02T16:05:44.093Z\",\"modifiedBy\":\""
        + CREATOR
        + "\",\"id\":\""
        + id
        + "\"}";
  }
}
