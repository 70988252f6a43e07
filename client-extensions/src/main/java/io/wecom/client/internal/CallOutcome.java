package io.wecom.client.internal;

import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.CircuitOpenException;
import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.PermissionDeniedException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.error.WeComApiException;
import io.wecom.client.error.WeComTransportException;

/** The outcome class of a call, a small closed set of names for metric tags: {@code success} or the kind of failure. */
public final class CallOutcome {

  public static final String SUCCESS = "success";

  private CallOutcome() {}

  /** The class of {@code failure}, or {@link #SUCCESS} when it is {@code null}. */
  public static String of(Throwable failure) {
    if (failure == null) {
      return SUCCESS;
    }
    if (failure instanceof CircuitOpenException) {
      return "circuit_open";
    }
    if (failure instanceof WeComTransportException) {
      return "transport";
    }
    if (failure instanceof TokenStoreUnavailableException) {
      return "token_store_unavailable";
    }
    if (failure instanceof TokenInvalidException) {
      return "token_invalid";
    }
    if (failure instanceof RateLimitedException) {
      return "rate_limited";
    }
    if (failure instanceof SystemBusyException) {
      return "system_busy";
    }
    if (failure instanceof PermissionDeniedException) {
      return "permission_denied";
    }
    if (failure instanceof InvalidCredentialException) {
      return "invalid_credential";
    }
    if (failure instanceof BadRequestException) {
      return "bad_request";
    }
    if (failure instanceof WeComApiException) {
      return "api_error";
    }
    return "client_error";
  }
}
