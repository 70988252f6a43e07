package io.wecom.sandbox.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its operation in the spec: the query parameters and the JSON body against its schema.
 * A refusal is WeCom's generic 40058 (invalid parameter) with an errmsg that names the field.
 */
public final class RequestCheck {

  /** WeCom's answer to a request that does not fit the spec. */
  public record Refusal(int errcode, String errmsg) {}

  static final int INVALID_PARAMETER = 40058;

  private RequestCheck() {}

  /** {@code null} when the request fits {@code op}; else the refusal. */
  public static Refusal check(SpecOperation op, Map<String, List<String>> query, String body) {
    for (SpecOperation.QueryParam param : op.queryParams()) {
      List<String> values = query.get(param.name());
      if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
        if (param.required()) {
          return refuse("missing query parameter " + param.name());
        }
        continue;
      }
      if (param.type() != null && param.type().equals("integer") && !values.get(0).matches("-?\\d+")) {
        return refuse("query parameter " + param.name() + " must be an integer, was '" + values.get(0) + "'");
      }
      if (!param.allowed().isEmpty() && !param.allowed().contains(values.get(0))) {
        return refuse("query parameter " + param.name() + " must be one of " + param.allowed() + ", was '"
            + values.get(0) + "'");
      }
    }
    if (op.formParts() != null) {
      for (String part : op.formParts()) {
        if (body == null || !body.contains("name=\"" + part + "\"")) {
          return refuse("missing form part " + part);
        }
      }
      return null;
    }
    if (op.requestSchema() == null) {
      return null;
    }
    if (body == null || body.isBlank()) {
      return refuse("missing JSON body");
    }
    List<Error> errors;
    try {
      errors = op.requestSchema().validate(body, InputFormat.JSON);
    } catch (RuntimeException e) {
      return refuse("body is not valid JSON");
    }
    if (errors.isEmpty()) {
      return null;
    }
    return refuse(describe(errors.get(0)));
  }

  private static String describe(Error error) {
    String at = error.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "").replaceFirst("^/", "")
        .replace('/', '.');
    String field = error.getProperty() != null && "required".equals(error.getMessageKey())
        ? (at.isEmpty() ? "" : at + ".") + error.getProperty()
        : at;
    return "invalid field " + (field.isEmpty() ? "(body)" : field) + ": " + error.getMessage();
  }

  private static Refusal refuse(String errmsg) {
    return new Refusal(INVALID_PARAMETER, "invalid parameter: " + errmsg);
  }
}
