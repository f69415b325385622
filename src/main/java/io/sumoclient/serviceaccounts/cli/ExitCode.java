package io.sumoclient.serviceaccounts.cli;

/** The tool's exit codes. */
final class ExitCode {
  /** The command did what it was asked. */
  static final int OK = 0;

  /** Something unexpected went wrong: a bug, or a failure this tool does not classify. */
  static final int UNEXPECTED = 1;

  /** The command line or the input was wrong; nothing was sent, or the request was refused. */
  static final int USAGE = 2;

  /** The API answered with an error, or with a response that could not be read. */
  static final int API = 3;

  /** No usable answer arrived: connection failure, timeout, deadline, or unknown outcome. */
  static final int TRANSPORT = 4;

  private ExitCode() {}
}
