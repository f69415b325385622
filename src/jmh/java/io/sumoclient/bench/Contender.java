package io.sumoclient.bench;

/** One way of calling the API, bound to one base URL. */
public interface Contender extends AutoCloseable {
  /** The account id every get call asks for. */
  String ID = "000000000FE21092";

  /** {@return the decoded account} */
  Object getAccount();

  /** {@return the decoded list} */
  Object listAccounts();

  /** {@return the created account} */
  Object createAccount();

  /** {@return how many accounts {@link #listAccounts()} decoded, to check a result} */
  int size(Object list);

  @Override
  void close();
}
