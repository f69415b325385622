package io.sumoclient.serviceaccounts;

/** The operations of the Service Accounts API, named by their OpenAPI operation ids. */
public enum Operation {
  /** {@code GET /v1/serviceAccounts}. */
  LIST_SERVICE_ACCOUNTS("listServiceAccounts", "GET"),
  /** {@code POST /v1/serviceAccounts}. */
  CREATE_SERVICE_ACCOUNT("createServiceAccount", "POST"),
  /** {@code GET /v1/serviceAccounts/{id}}. */
  GET_SERVICE_ACCOUNT("getServiceAccount", "GET"),
  /** {@code PUT /v1/serviceAccounts/{id}}. */
  UPDATE_SERVICE_ACCOUNT("updateServiceAccount", "PUT"),
  /** {@code DELETE /v1/serviceAccounts/{id}}. */
  DELETE_SERVICE_ACCOUNT("deleteServiceAccount", "DELETE"),
  /** {@code GET /v1/serviceAccounts/{serviceAccountId}/accessKeys}. */
  LIST_ACCESS_KEYS("listAccessKeysForServiceAccount", "GET"),
  /** {@code POST /v1/serviceAccounts/{serviceAccountId}/accessKeys}. */
  CREATE_ACCESS_KEY("createAccessKeyForServiceAccount", "POST"),
  /** {@code GET /v1/serviceAccounts/{serviceAccountId}/accessKeys/{accessId}}. */
  GET_ACCESS_KEY("getAccessKeyByIdOfAServiceAccount", "GET"),
  /** {@code PUT /v1/serviceAccounts/{serviceAccountId}/accessKeys/{accessId}}. */
  UPDATE_ACCESS_KEY("updateAccessKeyOfAServiceAccount", "PUT"),
  /** {@code DELETE /v1/serviceAccounts/{serviceAccountId}/accessKeys/{accessId}}. */
  DELETE_ACCESS_KEY("deleteAccessKeyOfAServiceAccount", "DELETE"),
  /**
   * {@code HEAD /v1/collectors}: not part of the Service Accounts API, but the cheap authenticated
   * call {@link ServiceAccountClient#discoverDeployment()} uses to learn where credentials belong.
   */
  DISCOVER_DEPLOYMENT("discoverDeployment", "HEAD");

  private final String operationId;
  private final String method;

  Operation(String operationId, String method) {
    this.operationId = operationId;
    this.method = method;
  }

  /** {@return the OpenAPI operation id, such as {@code getServiceAccount}} */
  public String operationId() {
    return operationId;
  }

  /** {@return the HTTP method} */
  public String method() {
    return method;
  }

  /** {@return true for operations that create something and so must not be repeated blindly} */
  public boolean isCreate() {
    return "POST".equals(method);
  }
}
