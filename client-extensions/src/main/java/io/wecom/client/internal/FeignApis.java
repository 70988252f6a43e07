package io.wecom.client.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Contract;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.form.FormEncoder;
import feign.jackson.JacksonEncoder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Builds the generated interfaces on Feign with the client's extension points: token injection, errcode decoding,
 * refresh on token expiry, the operation guards (retry, circuit breaker, quotas), secret-free logging. Bodies are
 * JSON, except the multipart/form-data uploads, which feign-form encodes. Feign's own retryer is off: the guards hold
 * the only retry loop.
 */
public final class FeignApis {

  private final Feign.Builder feign;
  private final String baseUrl;

  public FeignApis(String baseUrl, Client client, ObjectMapper mapper, Logger.Level logLevel, TokenProviders tokens,
      WeComExceptions exceptions, OperationGuards guards, ClientMetrics metrics) {
    this.baseUrl = baseUrl;
    this.feign = Feign.builder()
        .client(client)
        .contract(new Contract.Default())
        .encoder(new FormEncoder(new JacksonEncoder(mapper)))
        .decoder(new WeComDecoder(mapper, exceptions, tokens, metrics))
        .errorDecoder(new WeComErrorDecoder(exceptions))
        .requestInterceptor(new TokenInterceptor(tokens))
        .invocationHandlerFactory(new GuardedInvocationHandlerFactory(
            new RefreshingInvocationHandlerFactory(exceptions), guards))
        .retryer(Retryer.NEVER_RETRY)
        .logger(new RedactingLogger())
        .logLevel(logLevel);
  }

  /** The timeouts a generated interface is made with: connect and read per attempt, and the whole call's. */
  public record Timeouts(Duration connect, Duration read, Duration call) {}

  private record Key(Class<?> api, Timeouts timeouts) {}

  private final Map<Key, Object> created = new ConcurrentHashMap<>();

  /**
   * The generated interface {@code api} with these timeouts, made once per interface and timeouts and then shared.
   * Each call through it runs within its call timeout (see {@link CallDeadline}).
   */
  public <T> T create(Class<T> api, Timeouts timeouts) {
    return api.cast(created.computeIfAbsent(new Key(api, timeouts), key -> withDeadline(api, timeouts.call(),
        target(api, timeouts))));
  }

  private synchronized <T> T target(Class<T> api, Timeouts timeouts) {
    return feign.options(new Request.Options(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS,
        timeouts.read().toMillis(), TimeUnit.MILLISECONDS, false)).target(api, baseUrl);
  }

  private static <T> T withDeadline(Class<T> api, Duration callTimeout, T feignProxy) {
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(feignProxy, args);
      }
      try {
        return CallDeadline.within(callTimeout, () -> invoke(method, feignProxy, args));
      } catch (Rethrown e) {
        throw e.getCause();
      }
    }));
  }

  private static Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new Rethrown(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Carries a checked exception or an error of the generated method through {@link CallDeadline#within}. */
  private static final class Rethrown extends RuntimeException {
    Rethrown(Throwable cause) {
      super(null, cause, false, false);
    }
  }
}
