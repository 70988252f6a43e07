package io.wecom.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Param;
import feign.RequestLine;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A call of a cursor-paged operation, taken from the caller's call for the first page, that can be made again with
 * any cursor. Where the cursor goes and where the next cursor and the items come back is the spec's
 * {@code x-wecom-pagination}, read from the method's marker header: a query parameter of a GET (located through the
 * method's {@code @RequestLine}), or a field of a POST's body, set on a copy of the caller's request. The caller's
 * request object is never changed.
 */
public final class PagedCall<R> {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Map<Class<?>, Map<String, BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

  private final Object api;
  private final Method method;
  private final Object[] firstArgs;
  private final OperationInfo op;
  private final int cursorArg;
  private final boolean cursorInBody;

  PagedCall(Object api, Method method, Object[] firstArgs) {
    this.api = api;
    this.method = method;
    this.firstArgs = firstArgs == null ? new Object[0] : firstArgs.clone();
    this.op = OperationInfo.of(method);
    if (op.pagination() == null) {
      throw new IllegalArgumentException(op.id() + " is not cursor-paged: the spec gives it no x-wecom-pagination");
    }
    int queryArg = queryArgument(method, op.pagination().cursorParam());
    this.cursorInBody = queryArg < 0;
    this.cursorArg = cursorInBody ? bodyArgument(method) : queryArg;
    if (cursorInBody && this.firstArgs[cursorArg] == null) {
      throw new IllegalArgumentException(op.id() + " needs its request body for the first page, was null");
    }
  }

  /**
   * The paged call {@code firstPage} makes on {@code type}: it is run once against a recorder, which notes the method
   * and arguments, and later made for real on {@code api}, once per page.
   *
   * @throws IllegalArgumentException when {@code firstPage} does not call exactly one method of {@code type}, or that
   *     method is not cursor-paged
   */
  public static <A, R> PagedCall<R> record(A api, Class<A> type, Function<A, R> firstPage) {
    List<Object[]> calls = new ArrayList<>();
    A recorder = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            throw new UnsupportedOperationException("the recorder of " + type.getSimpleName() + " is not an object");
          }
          calls.add(new Object[] {method, args});
          return null;
        }));
    firstPage.apply(recorder);
    if (calls.size() != 1) {
      throw new IllegalArgumentException("the first-page function must call exactly one method of "
          + type.getSimpleName() + ", e.g. api -> api.listUserIds(request); it called " + calls.size());
    }
    return new PagedCall<>(api, (Method) calls.get(0)[0], (Object[]) calls.get(0)[1]);
  }

  /** The operation being paged. */
  public OperationInfo operation() {
    return op;
  }

  /** The cursor the caller's first request carried, or {@code null} to start from the beginning. */
  public String firstCursor() {
    Object cursor = cursorInBody ? MAPPER.valueToTree(firstArgs[cursorArg]).path(op.pagination().cursorParam())
        .textValue() : firstArgs[cursorArg];
    return cursor == null || cursor.toString().isEmpty() ? null : cursor.toString();
  }

  /** Calls the operation for the page at {@code cursor} ({@code null} for the first); WeCom's errors propagate. */
  @SuppressWarnings("unchecked")
  public R fetch(String cursor) {
    Object[] args = firstArgs.clone();
    args[cursorArg] = cursorInBody ? withCursor(args[cursorArg], cursor) : cursor;
    try {
      return (R) method.invoke(api, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(op.id() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cursor of the page after {@code page}, or {@code null} when WeCom sent none or an empty one. */
  public String nextCursor(R page) {
    Object next = field(page, op.pagination().nextCursorField());
    return next == null || next.toString().isEmpty() ? null : next.toString();
  }

  /** The items of {@code page}; empty when WeCom sent none. */
  public List<?> items(R page) {
    Object items = field(page, op.pagination().itemsField());
    return items == null ? List.of() : (List<?>) items;
  }

  private Object withCursor(Object body, String cursor) {
    ObjectNode tree = MAPPER.valueToTree(body);
    if (cursor == null) {
      tree.remove(op.pagination().cursorParam());
    } else {
      tree.put(op.pagination().cursorParam(), cursor);
    }
    try {
      return MAPPER.treeToValue(tree, body.getClass());
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy the " + op.id() + " request to set its cursor", e);
    }
  }

  private Object field(R page, String jsonName) {
    if (page == null) {
      throw new IllegalStateException(op.id() + " answered no page");
    }
    BeanPropertyDefinition property = PROPERTIES.computeIfAbsent(page.getClass(), PagedCall::properties).get(jsonName);
    if (property == null || property.getAccessor() == null) {
      throw new IllegalStateException(page.getClass().getSimpleName() + " has no field '" + jsonName
          + "' named by the x-wecom-pagination of " + op.id());
    }
    return property.getAccessor().getValue(page);
  }

  private static Map<String, BeanPropertyDefinition> properties(Class<?> type) {
    Map<String, BeanPropertyDefinition> byName = new ConcurrentHashMap<>();
    MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type)).findProperties()
        .forEach(p -> byName.put(p.getName(), p));
    return byName;
  }

  private static int queryArgument(Method method, String queryName) {
    String line = method.getAnnotation(RequestLine.class).value();
    int question = line.indexOf('?');
    if (question < 0) {
      return -1;
    }
    for (String pair : line.substring(question + 1).split("&")) {
      String[] nameValue = pair.split("=", 2);
      if (nameValue[0].equals(queryName) && nameValue.length == 2 && nameValue[1].matches("\\{.+}")) {
        String variable = nameValue[1].substring(1, nameValue[1].length() - 1);
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
          for (Annotation a : annotations[i]) {
            if (a instanceof Param param && param.value().equals(variable)) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static int bodyArgument(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      if (Arrays.stream(annotations[i]).noneMatch(Param.class::isInstance)) {
        return i;
      }
    }
    throw new IllegalStateException(method + " has neither a query parameter nor a body for its cursor");
  }
}
