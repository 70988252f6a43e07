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
import java.util.List;
import java.util.Map;

/** The outcome class of a call, a small closed set of names for metric tags: {@code success} or the kind of failure. */
public final class CallOutcome {

  public static final String SUCCESS = "success";

  /** The first match wins, so subclasses come before their parents. */
  private static final List<Map.Entry<Class<? extends Throwable>, String>> CLASSES = List.of(
      Map.entry(CircuitOpenException.class, "circuit_open"),
      Map.entry(WeComTransportException.class, "transport"),
      Map.entry(TokenStoreUnavailableException.class, "token_store_unavailable"),
      Map.entry(TokenInvalidException.class, "token_invalid"),
      Map.entry(RateLimitedException.class, "rate_limited"),
      Map.entry(SystemBusyException.class, "system_busy"),
      Map.entry(PermissionDeniedException.class, "permission_denied"),
      Map.entry(InvalidCredentialException.class, "invalid_credential"),
      Map.entry(BadRequestException.class, "bad_request"),
      Map.entry(WeComApiException.class, "api_error"));

  private CallOutcome() {}

  /** The class of {@code failure}, or {@link #SUCCESS} when it is {@code null}; {@code client_error} for the rest. */
  public static String of(Throwable failure) {
    if (failure == null) {
      return SUCCESS;
    }
    for (Map.Entry<Class<? extends Throwable>, String> entry : CLASSES) {
      if (entry.getKey().isInstance(failure)) {
        return entry.getValue();
      }
    }
    return "client_error";
  }
}
