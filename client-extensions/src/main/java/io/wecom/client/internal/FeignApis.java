package io.wecom.client.internal;

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

  /** The generated interface {@code api}, with these timeouts. */
  public synchronized <T> T create(Class<T> api, Duration connectTimeout, Duration readTimeout) {
    return feign.options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(),
        TimeUnit.MILLISECONDS, true)).target(api, baseUrl);
  }
}
