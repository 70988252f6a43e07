package io.wecom.client.internal;

import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.RetryableException;
import feign.Target;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.error.WeComException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * Wraps every generated method so that callers see only {@link WeComException}s, never Feign's wrappers, and so
 * that a call rejected for an invalid or expired token of its own kind runs once more with a fresh token (the
 * decoder has already dropped the stale one). A second rejection surfaces.
 */
public final class RefreshingInvocationHandlerFactory implements InvocationHandlerFactory {

  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();
  private final WeComExceptions exceptions;

  public RefreshingInvocationHandlerFactory(WeComExceptions exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler feign = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return feign.invoke(proxy, method, args);
      }
      OperationInfo op = OperationInfo.of(method);
      try {
        return once(feign, proxy, method, args, op);
      } catch (TokenInvalidException e) {
        if (op.tokenKind() == null || e.tokenKind() != op.tokenKind()) {
          throw e;
        }
        return once(feign, proxy, method, args, op);
      }
    };
  }

  private Object once(InvocationHandler feign, Object proxy, Method method, Object[] args, OperationInfo op)
      throws Throwable {
    try {
      return feign.invoke(proxy, method, args);
    } catch (WeComException e) {
      throw e;
    } catch (RetryableException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof TransportFailure failure) {
        throw exceptions.forTransportFailure(op, failure);
      }
      if (cause instanceof OkHttpTransport.ExchangeFailure failure) {
        throw exceptions.forIoFailure(op, failure.requestSent(), failure.getCause());
      }
      throw exceptions.forIoFailure(op, mayHaveBeenSent(cause), cause);
    } catch (FeignException e) {
      if (e.getCause() instanceof WeComException wecom) {
        throw wecom;
      }
      throw exceptions.forBadAnswer(e.getClass().getSimpleName(), op, e.status(), e.content(), e);
    }
  }

  private static boolean mayHaveBeenSent(Throwable cause) {
    if (cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException || cause instanceof java.net.http.HttpConnectTimeoutException) {
      return false;
    }
    return !(cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage()).contains("connect"));
  }
}
