package io.wecom.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Param;
import feign.RequestLine;
import io.wecom.client.api.WeComOperation;
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
 * A call of a paged list operation, taken from the caller's call for the first page, that can be made again at any
 * position: a cursor, or an offset. How it pages is the spec's {@code x-wecom-pagination}, from the generated
 * operation catalog: the position goes in a query parameter of a GET (located through the method's
 * {@code @RequestLine}) or a field of a POST's body, set on a copy of the caller's request, which is never changed.
 *
 * <p>By cursor, the next position is the answer's next cursor, exactly as WeCom sent it, and an empty or absent one
 * ends the list, as does a false has-more flag where the spec names one. By offset, it is the answer's next offset
 * where the spec names one, else the offset plus the items received; the list ends when the answer's has-more flag is
 * false, or, without such a flag, at a page that is empty or shorter than the limit asked for. In either style, a
 * last-page flag that is 1 or true, where the spec names one, ends the list whatever position the answer carries.
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
  private final WeComOperation.Pagination paging;
  private final boolean byOffset;
  private final int positionArg;
  private final boolean positionInBody;
  /** The page size the first request asked for, where the spec names the limit field and the caller set it. */
  private final Integer limit;

  PagedCall(Object api, Method method, Object[] firstArgs) {
    this.api = api;
    this.method = method;
    this.firstArgs = firstArgs == null ? new Object[0] : firstArgs.clone();
    this.op = OperationInfo.of(method);
    this.paging = op.pagination();
    if (paging == null) {
      throw new IllegalArgumentException(op.id() + " is not a paged list: the spec gives it no x-wecom-pagination");
    }
    this.byOffset = "offset".equals(paging.style());
    int queryArg = queryArgument(method, paging.requestField());
    this.positionInBody = queryArg < 0;
    this.positionArg = positionInBody ? bodyArgument(method) : queryArg;
    if (positionInBody && this.firstArgs[positionArg] == null) {
      throw new IllegalArgumentException(op.id() + " needs its request body for the first page, was null");
    }
    this.limit = limitAsked();
  }

  /**
   * The paged call {@code firstPage} makes on {@code type}: it is run once against a recorder, which notes the method
   * and arguments, and later made for real on {@code api}, once per page.
   *
   * @throws IllegalArgumentException when {@code firstPage} does not call exactly one method of {@code type}, or that
   *     method is not a paged list
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

  /** The position the caller's first request carried, or {@code null} to start from the beginning. */
  public String firstPosition() {
    Object position = positionInBody ? scalar(MAPPER.valueToTree(firstArgs[positionArg]).get(paging.requestField()))
        : firstArgs[positionArg];
    return position == null || position.toString().isEmpty() ? null : position.toString();
  }

  /** Calls the operation for the page at {@code position} ({@code null} for the first); WeCom's errors propagate. */
  @SuppressWarnings("unchecked")
  public R fetch(String position) {
    Object[] args = firstArgs.clone();
    args[positionArg] = positionInBody ? withPosition(args[positionArg], position)
        : position == null ? null : MAPPER.convertValue(position, method.getParameterTypes()[positionArg]);
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

  /** The position of the page after {@code page}, fetched at {@code position}, or {@code null} when it was the last. */
  public String nextPosition(R page, String position) {
    if (paging.lastPageField() != null && isTrue(field(page, paging.lastPageField()))) {
      return null;
    }
    if (!byOffset) {
      if (paging.hasMoreField() != null && !isTrue(field(page, paging.hasMoreField()))) {
        return null;
      }
      Object next = field(page, paging.nextField());
      return next == null || next.toString().isEmpty() ? null : next.toString();
    }
    int received = items(page).size();
    if (paging.hasMoreField() != null) {
      if (!isTrue(field(page, paging.hasMoreField()))) {
        return null;
      }
    } else if (received == 0 || (limit != null && received < limit)) {
      return null;
    }
    Object next = paging.nextField() == null ? null : field(page, paging.nextField());
    if (next != null) {
      return next.toString();
    }
    long offset = position == null ? 0 : Long.parseLong(position);
    return Long.toString(offset + received);
  }

  /** The items of {@code page}; empty when WeCom sent none. */
  public List<?> items(R page) {
    if (paging.itemsField() == null) {
      throw new IllegalArgumentException(op.id() + " has no single list of items to stream (the spec names no"
          + " itemsField); stream its whole answers with responses() instead");
    }
    Object items = field(page, paging.itemsField());
    return items == null ? List.of() : (List<?>) items;
  }

  /** A has-more or last-page flag as WeCom sends it: a boolean, or 0/1. */
  private static boolean isTrue(Object flag) {
    if (flag instanceof Boolean b) {
      return b;
    }
    if (flag instanceof Number n) {
      return n.longValue() != 0;
    }
    JsonNode wire = flag == null ? null : MAPPER.valueToTree(flag);
    return wire != null && (wire.isBoolean() ? wire.asBoolean() : wire.isNumber() && wire.longValue() != 0);
  }

  private Integer limitAsked() {
    if (paging.limitField() == null) {
      return null;
    }
    Object limit = positionInBody ? scalar(MAPPER.valueToTree(firstArgs[positionArg]).get(paging.limitField()))
        : argument(paging.limitField());
    return limit instanceof Number number ? number.intValue() : null;
  }

  private Object argument(String queryName) {
    int index = queryArgument(method, queryName);
    return index < 0 ? null : firstArgs[index];
  }

  private static Object scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? node.numberValue() : node.asText();
  }

  private Object withPosition(Object body, String position) {
    ObjectNode tree = MAPPER.valueToTree(body);
    if (position == null) {
      tree.remove(paging.requestField());
    } else if (byOffset) {
      tree.put(paging.requestField(), Long.parseLong(position));
    } else {
      tree.put(paging.requestField(), position);
    }
    try {
      return MAPPER.treeToValue(tree, body.getClass());
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy the " + op.id() + " request to set its page position", e);
    }
  }

  /** The value at {@code path} (a field name, or a dotted path such as {@code file_list.item}); null when absent. */
  private Object field(R page, String path) {
    if (page == null) {
      throw new IllegalStateException(op.id() + " answered no page");
    }
    Object value = page;
    for (String jsonName : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      BeanPropertyDefinition property = PROPERTIES.computeIfAbsent(value.getClass(), PagedCall::properties)
          .get(jsonName);
      if (property == null || property.getAccessor() == null) {
        throw new IllegalStateException(value.getClass().getSimpleName() + " has no field '" + jsonName
            + "' named by the x-wecom-pagination of " + op.id());
      }
      value = property.getAccessor().getValue(value);
    }
    return value;
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
