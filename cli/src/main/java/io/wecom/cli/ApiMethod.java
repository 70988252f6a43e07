package io.wecom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import feign.Param;
import feign.RequestLine;
import feign.form.FormData;
import io.wecom.client.WeComClient;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated interface method of an operation ({@code io.wecom.client.api.<Tag>Api#<operationId>}), called
 * through a {@link WeComClient}, so that tokens, errcode decoding and exceptions are the client's. Its arguments
 * come from {@code key=value} pairs (query parameters, form parts as {@code key=@file}, body fields) and a JSON body.
 */
final class ApiMethod {

  private static final Pattern QUERY_TEMPLATE = Pattern.compile("([^?&=]+)=\\{([^}]+)}");

  private final OperationSpec operation;
  private final Class<?> api;
  private final Method method;

  private ApiMethod(OperationSpec operation, Class<?> api, Method method) {
    this.operation = operation;
    this.api = api;
    this.method = method;
  }

  static ApiMethod of(OperationSpec operation) {
    String tag = operation.tag();
    String name = "io.wecom.client.api." + Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Api";
    try {
      Class<?> api = Class.forName(name);
      Method method = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(operation.id())).findFirst()
          .orElseThrow(() -> new IllegalStateException(name + " has no method " + operation.id()));
      return new ApiMethod(operation, api, method);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the generated interface " + name + " is missing", e);
    }
  }

  /** The arguments: each parameter from its pair, the body from {@code body} with the remaining pairs over it. */
  Object[] arguments(Map<String, String> pairs, JsonNode body) {
    Map<String, String> remaining = new LinkedHashMap<>(pairs);
    Map<String, String> wireNames = wireNames();
    Parameter[] parameters = method.getParameters();
    Object[] arguments = new Object[parameters.length];
    Integer bodyIndex = null;
    for (int i = 0; i < parameters.length; i++) {
      Param param = parameters[i].getAnnotation(Param.class);
      if (param == null) {
        bodyIndex = i;
        continue;
      }
      String key = wireNames.getOrDefault(param.value(), param.value());
      String value = remaining.remove(key);
      if (value == null && operation.queryParam(key).map(OperationSpec.QueryParam::required).orElse(true)) {
        throw CliException.usage(operation.id() + " needs " + key + "=...");
      }
      arguments[i] = value == null ? null : convert(key, value, parameters[i].getType());
    }
    if (bodyIndex == null) {
      if (body != null) {
        throw CliException.usage(operation.id() + " takes no body: drop --body");
      }
      if (!remaining.isEmpty()) {
        throw CliException.usage("unknown parameter " + remaining.keySet().iterator().next() + " for "
            + operation.id() + (pairs.size() == remaining.size() && parameters.length == 0 ? ", which takes none"
            : "; it takes " + String.join(", ", keys(parameters, wireNames))));
      }
    } else {
      arguments[bodyIndex] = body(body, remaining, parameters[bodyIndex].getType());
    }
    return arguments;
  }

  /** Calls the operation; the client's own exceptions come out unwrapped. */
  Object invoke(WeComClient client, Object[] arguments) {
    try {
      return method.invoke(client.api(api), arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(operation.id() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> keys(Parameter[] parameters, Map<String, String> wireNames) {
    return Arrays.stream(parameters).map(p -> p.getAnnotation(Param.class)).filter(Objects::nonNull)
        .map(p -> wireNames.getOrDefault(p.value(), p.value())).toList();
  }

  /** Query parameter name on the wire by Java parameter name, from {@code @RequestLine("GET /x?size_type={sizeType}")}. */
  private Map<String, String> wireNames() {
    Map<String, String> names = new HashMap<>();
    Matcher query = QUERY_TEMPLATE.matcher(method.getAnnotation(RequestLine.class).value());
    while (query.find()) {
      names.put(query.group(2), query.group(1));
    }
    return names;
  }

  private Object convert(String key, String value, Class<?> type) {
    if (type == FormData.class) {
      return file(key, value);
    }
    try {
      return Json.MAPPER.convertValue(value, type);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(key + "=" + value + ": not a " + type.getSimpleName());
    }
  }

  private Object body(JsonNode given, Map<String, String> fields, Class<?> type) {
    if (given != null && !given.isObject()) {
      throw CliException.usage("--body must be a JSON object");
    }
    ObjectNode tree = given == null ? Json.MAPPER.createObjectNode() : ((ObjectNode) given).deepCopy();
    fields.forEach((key, value) -> tree.set(key, fieldValue(key, value)));
    Object model;
    try {
      model = Json.MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw CliException.usage("the body does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
    BodyCheck.requireAllRead(tree, Json.MAPPER.valueToTree(model), type.getSimpleName());
    return model;
  }

  private static JsonNode fieldValue(String key, String value) {
    if (!(value.startsWith("{") || value.startsWith("["))) {
      return TextNode.valueOf(value);
    }
    try {
      return Json.MAPPER.readTree(value);
    } catch (JsonProcessingException e) {
      throw CliException.usage(key + ": not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static FormData file(String key, String value) {
    if (!value.startsWith("@")) {
      throw CliException.usage(key + " is a file: give " + key + "=@PATH");
    }
    Path path = Path.of(value.substring(1));
    try {
      String type = Optional.ofNullable(Files.probeContentType(path)).orElse("application/octet-stream");
      return new FormData(type, path.getFileName().toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw CliException.usage("cannot read " + path + " for " + key + ": " + e.getClass().getSimpleName());
    }
  }
}
