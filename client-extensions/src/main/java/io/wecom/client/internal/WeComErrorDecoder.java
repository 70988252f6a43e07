package io.wecom.client.internal;

import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.io.IOException;

/** Turns a non-2xx HTTP answer (a proxy's 502 page, say) into a {@link io.wecom.client.error.WeComTransportException}. */
public final class WeComErrorDecoder implements ErrorDecoder {

  private final WeComExceptions exceptions;

  public WeComErrorDecoder(WeComExceptions exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    OperationInfo op = OperationInfo.of(response.request().requestTemplate());
    byte[] body;
    try {
      body = response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
    } catch (IOException e) {
      body = new byte[0];
    }
    return exceptions.forBadAnswer("HTTP status " + response.status(), op, response.status(), body, null);
  }
}
