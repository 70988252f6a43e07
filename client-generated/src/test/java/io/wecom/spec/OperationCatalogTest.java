package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.Headers;
import io.wecom.client.api.BasicsApi;
import io.wecom.client.api.WeComOperation;
import io.wecom.client.api.WeComOperations;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated operation catalog holds every operation of the spec with what the spec says of it, and the
 * generated interfaces carry nothing of it onto the wire.
 */
class OperationCatalogTest {

  static Stream<Spec.Op> operations() {
    return Spec.operations(Spec.asWritten().getOpenAPI()).stream();
  }

  @Test
  void theCatalogHoldsExactlyTheSpecsOperations() {
    assertThat(WeComOperations.all().stream().map(WeComOperation::id))
        .containsExactlyInAnyOrderElementsOf(operations().map(Spec.Op::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theCatalogSaysWhatTheSpecSays(Spec.Op op) {
    WeComOperation entry = WeComOperations.byId(op.id()).orElseThrow();
    var security = op.operation().getSecurity();
    Map<String, Object> extensions = op.operation().getExtensions();
    assertThat(entry.httpMethod()).isEqualTo(op.method());
    assertThat(entry.path()).isEqualTo(op.path());
    assertThat(entry.tag()).isEqualTo(op.operation().getTags().get(0));
    assertThat(entry.tokenScheme()).isEqualTo(security.isEmpty() ? null : security.get(0).keySet().iterator().next());
    assertThat(entry.tokenApp()).isEqualTo(extensions.get("x-wecom-token-app"));
    assertThat(entry.idempotent()).isEqualTo(extensions.get("x-wecom-idempotent"));
    assertThat(entry.download()).isEqualTo(Boolean.TRUE.equals(extensions.get("x-wecom-download")));
    assertThat(entry.requestContentType()).isEqualTo(op.requestMediaType());
    assertThat(entry.summary()).isEqualTo(op.operation().getSummary());
    List<WeComOperation.QueryParam> query = op.operation().getParameters() == null ? List.of()
        : op.operation().getParameters().stream().filter(p -> "query".equals(p.getIn()))
            .map(p -> new WeComOperation.QueryParam(p.getName(), Boolean.TRUE.equals(p.getRequired()))).toList();
    assertThat(entry.queryParams()).isEqualTo(query);
    assertThat(Arrays.stream(entry.api().getMethods()).map(Method::getName)).contains(op.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theGeneratedMethodDeclaresNoMarkerHeaders(Spec.Op op) {
    Method method = ExampleCase.javaMethod(op);
    Headers headers = method.getAnnotation(Headers.class);
    List<String> values = headers == null ? List.of() : List.of(headers.value());
    assertThat(values).as("headers of %s", op).allMatch(h -> h.startsWith("Accept:") || h.startsWith("Content-Type:"));
  }

  @Test
  void aGeneratedInterfaceUsedWithPlainFeignSendsOnlyItsRequest() throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> seen = new ArrayList<>();
    server.createContext("/", exchange -> {
      exchange.getRequestHeaders().forEach((name, values) -> seen.add(name.toLowerCase() + ": " + values));
      seen.add("uri: " + exchange.getRequestURI());
      byte[] body = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t\",\"expires_in\":7200}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      BasicsApi api = Feign.builder().target(BasicsApi.class, "http://127.0.0.1:" + server.getAddress().getPort());
      api.getToken("ww1", "s");
    } catch (feign.codec.DecodeException expected) {
      // plain Feign has no JSON decoder for the model; the request is what is checked here
    } finally {
      server.stop(0);
    }
    assertThat(seen).contains("uri: /cgi-bin/gettoken?corpid=ww1&corpsecret=s").noneMatch(h -> h.startsWith("x-wecom"));
  }
}
