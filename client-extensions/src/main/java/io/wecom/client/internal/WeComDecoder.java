package io.wecom.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Reads every WeCom answer: errcode 0 (or none, as get_provider_token sends) becomes the generated model; any
 * other errcode throws the exception the error-code table names for it; a body that is not a JSON object throws
 * {@link io.wecom.client.error.WeComTransportException}. A token the server rejected is dropped from its provider
 * here, before the exception leaves, so the retry fetches a fresh one.
 *
 * <p>An answer whose errcode (WeCom's first field) is 0 is bound straight from its bytes; anything else, including a
 * body that fails to bind, takes the full check on the JSON tree, which names what is wrong.
 */
public final class WeComDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final WeComExceptions exceptions;
  private final TokenProviders tokens;
  private final ClientMetrics metrics;

  public WeComDecoder(ObjectMapper mapper, WeComExceptions exceptions, TokenProviders tokens, ClientMetrics metrics) {
    this.metrics = metrics;
    this.mapper = mapper.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.exceptions = exceptions;
    this.tokens = tokens;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    OperationInfo op = OperationInfo.of(response.request().requestTemplate());
    byte[] body = response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
    if (errcodeIsZero(body)) {
      try {
        return mapper.readerFor(mapper.constructType(type)).readValue(body);
      } catch (IOException e) {
        // the full check below says what is wrong with it
      }
    }
    JsonNode tree = parse(body, op, response.status());
    JsonNode errcode = tree.get("errcode");
    if (errcode != null && !errcode.isNull()) {
      if (!errcode.canConvertToInt() || !errcode.isIntegralNumber()) {
        throw exceptions.forBadAnswer("errcode is not an integer", op, response.status(), body, null);
      }
      if (errcode.intValue() != 0) {
        throw rejected(errcode.intValue(), tree.path("errmsg").asText(null), op, response);
      }
    }
    try {
      return mapper.readerFor(mapper.constructType(type)).readValue(tree);
    } catch (IOException e) {
      throw exceptions.forBadAnswer("answer does not fit " + type.getTypeName(), op, response.status(), body, e);
    }
  }

  /** Whether the body is a JSON object whose errcode is the integer 0, or has none; reads only up to errcode. */
  private boolean errcodeIsZero(byte[] body) {
    try (JsonParser parser = mapper.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonToken value = parser.nextToken();
        if ("errcode".equals(parser.currentName())) {
          return value == JsonToken.VALUE_NULL
              || value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
              && parser.getIntValue() == 0;
        }
        parser.skipChildren();
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private JsonNode parse(byte[] body, OperationInfo op, int status) {
    if (body.length == 0) {
      throw exceptions.forBadAnswer("empty body", op, status, body, null);
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw exceptions.forBadAnswer("body is not a JSON object", op, status, body, null);
      }
      return tree;
    } catch (JsonProcessingException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
        throw exceptions.forBadAnswer("the answer has a key twice (" + Redactor.redact(e.getOriginalMessage())
            + "), so which value WeCom meant is unknown", op, status, body, null);
      }
      throw exceptions.forBadAnswer("body is not JSON (or cut short)", op, status, body, e);
    } catch (IOException e) {
      throw exceptions.forBadAnswer("body could not be read", op, status, body, e);
    }
  }

  private RuntimeException rejected(int errcode, String errmsg, OperationInfo op, Response response) {
    metrics.errcode(op, errcode);
    RuntimeException error = exceptions.forErrcode(errcode, errmsg, op, response.status());
    if (error instanceof io.wecom.client.error.TokenInvalidException invalid && invalid.tokenKind() == op.tokenKind()) {
      tokens.invalidate(op, TokenInterceptor.tokenSent(response.request(), op));
    }
    return error;
  }
}
