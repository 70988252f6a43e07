package io.wecom.client.internal;

import io.wecom.client.error.CircuitOpenException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.WeComApiException;
import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTimeoutException;
import io.wecom.client.error.WeComTransportException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a failed call may be sent again. Only transient failures qualify (transport failures, "system busy" and the
 * codes the error table marks retryable), and only when repeating cannot do harm twice: the operation is marked
 * idempotent in the spec, the request provably never left, or the message has WeCom's duplicate check on.
 */
final class RetryRules {

  private static final Map<Class<?>, Optional<Method>> DUPLICATE_CHECK = new ConcurrentHashMap<>();

  private final ErrorCodeTable table;

  RetryRules(ErrorCodeTable table) {
    this.table = table;
  }

  boolean mayRepeat(OperationInfo op, Object[] args, WeComException failure) {
    if (!isTransient(failure) || failure instanceof WeComTimeoutException) {
      return false;
    }
    if (failure instanceof WeComTransportException transport && !transport.requestSent()) {
      return true;
    }
    return op.idempotent() || duplicateCheckOn(args);
  }

  /** Whether the failure says something about WeCom's or the network's health, rather than about the request. */
  boolean isTransient(WeComException failure) {
    if (failure instanceof CircuitOpenException) {
      return false;
    }
    if (failure instanceof WeComTransportException || failure instanceof SystemBusyException) {
      return true;
    }
    return failure instanceof WeComApiException && failure.errcode() != null
        && table.find(failure.errcode()).map(ErrorCodeTable.ErrorCode::retryable).orElse(false);
  }

  /** Whether the request body asks WeCom to drop duplicates ({@code enable_duplicate_check: 1}). */
  static boolean duplicateCheckOn(Object[] args) {
    if (args == null) {
      return false;
    }
    for (Object arg : args) {
      if (arg == null) {
        continue;
      }
      Optional<Method> getter = DUPLICATE_CHECK.computeIfAbsent(arg.getClass(), RetryRules::duplicateCheckGetter);
      if (getter.isPresent()) {
        try {
          Object value = getter.get().invoke(arg);
          return value != null && "1".equals(value.toString());
        } catch (ReflectiveOperationException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static Optional<Method> duplicateCheckGetter(Class<?> type) {
    try {
      return Optional.of(type.getMethod("getEnableDuplicateCheck"));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }
}
