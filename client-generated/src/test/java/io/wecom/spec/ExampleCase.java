package io.wecom.spec;

import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One example of the spec (a request or a response example of one operation) with its media type, the schema and
 * the Java type it belongs to. A multipart/form-data request has no single Java type (its parts are method
 * parameters), so its {@code javaType} is {@code null}; {@link MultipartBodiesTest} checks those parts.
 */
record ExampleCase(Spec.Op op, String direction, String mediaType, String name, Object value, Schema<?> schema,
    Type javaType) {

  boolean isJson() {
    return mediaType.equals(Spec.JSON);
  }

  @Override
  public String toString() {
    return op.id() + " " + direction + " " + name;
  }

  static List<ExampleCase> all() {
    Map<String, Spec.Op> resolvedOps = new HashMap<>();
    Spec.operations(Spec.resolved()).forEach(op -> resolvedOps.put(op.method() + " " + op.path(), op));

    List<ExampleCase> cases = new ArrayList<>();
    for (Spec.Op op : Spec.operations(Spec.asWritten().getOpenAPI())) {
      Spec.Op resolved = resolvedOps.get(op.method() + " " + op.path());
      Method method = javaMethod(op);
      String requestType = op.requestMediaType();
      if (requestType != null) {
        MediaType written = op.operation().getRequestBody().getContent().get(requestType);
        MediaType full = resolved.operation().getRequestBody().getContent().get(requestType);
        Type bodyType = requestType.equals(Spec.JSON) ? bodyType(method) : null;
        Examples.of(written).forEach((name, value) ->
            cases.add(new ExampleCase(op, "request", requestType, name, value, full.getSchema(), bodyType)));
      }
      MediaType written = op.operation().getResponses().get("200").getContent().get(Spec.JSON);
      MediaType full = resolved.operation().getResponses().get("200").getContent().get(Spec.JSON);
      Type answerType = responseType(method, written);
      Examples.of(written).forEach((name, value) -> cases.add(
          new ExampleCase(op, "response", Spec.JSON, name, value, full.getSchema(), answerType)));
    }
    return cases;
  }

  static Method javaMethod(Spec.Op op) {
    String tag = op.operation().getTags().get(0);
    String className = "io.wecom.client.api." + Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Api";
    try {
      Class<?> api = Class.forName(className);
      return Arrays.stream(api.getMethods())
          .filter(m -> m.getName().equals(op.id()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no method " + op.id() + " in " + className));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated interface " + className + " for tag " + tag, e);
    }
  }

  /**
   * The Java type of a JSON answer: the method's return type, or for a download (whose method returns the raw
   * {@code feign.Response}) the model of the JSON error answer the spec gives beside the file.
   */
  private static Type responseType(Method method, MediaType json) {
    if (method.getReturnType() != feign.Response.class) {
      return method.getGenericReturnType();
    }
    String ref = json.getSchema().get$ref();
    String model = ref.substring(ref.lastIndexOf('/') + 1);
    try {
      return Class.forName("io.wecom.client.model." + model);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated model " + model + " for the JSON answer of " + method, e);
    }
  }

  private static Type bodyType(Method method) {
    Parameter[] params = method.getParameters();
    for (int i = 0; i < params.length; i++) {
      if (!params[i].isAnnotationPresent(feign.Param.class)) {
        return method.getGenericParameterTypes()[i];
      }
    }
    throw new AssertionError(method + " has no body parameter");
  }
}
