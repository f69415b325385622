package io.sumoclient.serviceaccounts.testing;

import java.security.SecureRandom;

/** Random identifiers shaped like Sumo Logic's. */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String HEX = "0123456789ABCDEF";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz";

  private Ids() {}

  /** Returns 16 upper-case hex digits, like a service account or user id. */
  static String hexId() {
    return random(HEX, 16);
  }

  /** Returns an access ID: {@code su} and 12 letters or digits. */
  static String accessId() {
    return "su" + random(ALNUM, 12);
  }

  /** Returns an access key secret of 64 letters and digits. */
  static String secret() {
    return random(ALNUM, 64);
  }

  /** Returns a request id such as {@code 0H9HG-7A2K0-T5B0K}. */
  static String requestId() {
    return random(UPPER, 5) + "-" + random(UPPER, 5) + "-" + random(UPPER, 5);
  }

  private static String random(String alphabet, int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return id.toString();
  }
}
