package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage of the documented endpoints (endpoints-all.tsv), area by area: every endpoint of an area is an operation
 * with its method, path and token, unless the area's tag says {@code x-wecom-coverage: partial}, which the build
 * accepts only while something of the area is missing. Every operation is a documented endpoint, or one of the
 * reference SDK's (endpoints.tsv).
 */
class AreaCoverageTest {

  static Stream<Tag> tags() {
    return Spec.asWritten().getOpenAPI().getTags().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tags")
  void everyEndpointOfTheAreaIsAnOperation(Tag tag) {
    String area = (String) tag.getExtensions().get("x-wecom-area");
    Map<String, Spec.Op> ops = Spec.operations(Spec.asWritten().getOpenAPI()).stream()
        .collect(Collectors.toMap(Spec.Op::path, Function.identity()));
    List<Endpoints.Endpoint> missing = Endpoints.all().stream().filter(e -> e.area().equals(area))
        .filter(e -> !ops.containsKey(e.path())).toList();
    boolean partial = "partial".equals(tag.getExtensions().get("x-wecom-coverage"));
    if (partial) {
      assertThat(missing).as("tag %s is marked x-wecom-coverage: partial but covers its area; drop the mark",
          tag.getName()).isNotEmpty();
    } else {
      assertThat(missing).as("endpoints of %s (tag %s) missing from the spec", area, tag.getName()).isEmpty();
    }
  }

  static Stream<Endpoints.Endpoint> endpoints() {
    return Endpoints.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void aCoveredEndpointHasItsMethodAndToken(Endpoints.Endpoint endpoint) {
    Spec.Op op = Spec.operations(Spec.asWritten().getOpenAPI()).stream()
        .filter(o -> o.path().equals(endpoint.path())).findFirst().orElse(null);
    if (op == null) {
      return;
    }
    if (!endpoint.method().isEmpty()) {
      assertThat(op.method()).as("method of %s", endpoint).isEqualTo(endpoint.method());
    }
    var security = op.operation().getSecurity();
    if (endpoint.token().equals("none")) {
      assertThat(security.isEmpty() || security.get(0).containsKey("webhook_key")).as("security of %s", op).isTrue();
    } else {
      assertThat(security).as("security of %s", op).hasSize(1);
      assertThat(security.get(0)).as("security of %s", op).containsOnlyKeys(endpoint.token());
    }
  }

  static Stream<Spec.Op> operations() {
    return Spec.operations(Spec.asWritten().getOpenAPI()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationIsADocumentedEndpoint(Spec.Op op) throws Exception {
    Set<String> documented = Endpoints.all().stream().map(Endpoints.Endpoint::path).collect(Collectors.toSet());
    Set<String> reference = EndpointCoverageTest.endpoints().map(e -> e.path()).collect(Collectors.toSet());
    assertThat(documented.contains(op.path()) || reference.contains(op.path()))
        .as("%s is neither in endpoints-all.tsv nor in endpoints.tsv", op).isTrue();
  }
}
