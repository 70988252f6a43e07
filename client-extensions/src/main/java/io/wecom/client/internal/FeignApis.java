package io.wecom.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
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
 * refresh on token expiry, secret-free logging. Bodies are JSON, except the multipart/form-data uploads, which
 * feign-form encodes. Feign's own retryer is off: no retry loop hides in here.
 */
public final class FeignApis {

  private final Feign.Builder feign;
  private final String baseUrl;

  public FeignApis(String baseUrl, Client client, ObjectMapper mapper, Duration connectTimeout, Duration readTimeout,
      Logger.Level logLevel, TokenProviders tokens, WeComExceptions exceptions) {
    this.baseUrl = baseUrl;
    this.feign = Feign.builder()
        .client(client)
        .encoder(new FormEncoder(new JacksonEncoder(mapper)))
        .decoder(new WeComDecoder(mapper, exceptions, tokens))
        .errorDecoder(new WeComErrorDecoder(exceptions))
        .requestInterceptor(new TokenInterceptor(tokens))
        .invocationHandlerFactory(new RefreshingInvocationHandlerFactory(exceptions))
        .retryer(Retryer.NEVER_RETRY)
        .options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(),
            TimeUnit.MILLISECONDS, true))
        .logger(new RedactingLogger())
        .logLevel(logLevel);
  }

  public <T> T create(Class<T> api) {
    return feign.target(api, baseUrl);
  }
}
