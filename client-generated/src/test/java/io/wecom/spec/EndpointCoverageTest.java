package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint of endpoints.tsv (the coverage floor) is an operation with that method, path, token and query parameters. */
class EndpointCoverageTest {

  record Endpoint(String function, String method, String path, String token, List<String> queryParams) {
    @Override
    public String toString() {
      return function + ": " + method + " " + path;
    }
  }

  static Stream<Endpoint> endpoints() throws Exception {
    var in = Objects.requireNonNull(EndpointCoverageTest.class.getResourceAsStream("/endpoints.tsv"));
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(f -> new Endpoint(f[0], f[1], f[2], f[3], f[4].equals("-") ? List.of() : List.of(f[4].split(","))))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void isCoveredByAnOperationWithItsTokenAndQueryParameters(Endpoint endpoint) {
    Map<String, Spec.Op> ops = Spec.operations(Spec.asWritten().getOpenAPI()).stream()
        .collect(Collectors.toMap(op -> op.method() + " " + op.path(), Function.identity()));

    Spec.Op op = ops.get(endpoint.method() + " " + endpoint.path());
    assertThat(op).as("operation for %s", endpoint).isNotNull();

    var security = op.operation().getSecurity();
    if (endpoint.token().equals("none")) {
      assertThat(security).as("security of %s", op).isEmpty();
    } else {
      assertThat(security).as("security of %s", op).hasSize(1);
      assertThat(security.get(0)).as("security of %s", op).containsOnlyKeys(endpoint.token());
    }

    List<String> declared = op.operation().getParameters() == null ? List.of()
        : op.operation().getParameters().stream().filter(p -> "query".equals(p.getIn())).map(p -> p.getName()).toList();
    assertThat(declared).as("query parameters of %s", op).containsAll(endpoint.queryParams());
  }
}
