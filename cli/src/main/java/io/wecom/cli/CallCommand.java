package io.wecom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wecom call}: any operation of the spec by its operationId, answered as pretty JSON. */
@Command(name = "call",
    description = {"Call any operation of the spec ('wecom ops' lists them) and print the answer as JSON.",
        "key=value pairs are query parameters, form parts (key=@FILE) or body fields (a value starting with { or [ "
            + "is JSON); --body gives the whole body."})
final class CallCommand implements Callable<Integer> {

  @Mixin
  private ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "OPERATION", description = "The operationId, e.g. getUser.")
  private String operationId;

  @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Parameters and body fields.")
  private List<String> pairs = List.of();

  @Option(names = "--body", paramLabel = "JSON|@FILE|-", description = "The JSON body, from a file, or - for stdin.")
  private String body;

  private final CliContext context;

  CallCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    OperationSpec operation = OperationCatalog.bundled().find(operationId).orElseThrow(() -> CliException.usage(
        "unknown operation " + operationId + "; 'wecom ops' lists them"));
    CliConfig config = connection.load(context.env());
    requireCallable(operation, config);
    ApiMethod method = ApiMethod.of(operation);
    Object[] arguments = method.arguments(pairs(), body == null ? null : parse(body));
    try (Backend backend = Backend.open(config, context.err())) {
      context.out().println(Json.pretty(method.invoke(backend.client(), arguments)));
    }
    return Failures.OK;
  }

  /**
   * Refuses, before anything is sent, an operation whose credential the configuration lacks, naming the settings
   * that provide it. The embedded sandbox has every credential.
   */
  private static void requireCallable(OperationSpec operation, CliConfig config) {
    if (operation.tokenKind() == null) {
      throw CliException.usage(operation.id() + " is a token endpoint: the command line fetches tokens itself and "
          + "never prints them");
    }
    if (!config.hasCredentials()) {
      return;
    }
    String missing = switch (operation.tokenKind()) {
      case "access_token" -> "msgaudit".equals(operation.tokenApp())
          ? absent(config, "a message-archive access_token", "msgaudit-secret")
          : config.secret() == null && config.value("auth-corp-id").isEmpty()
              ? "a corp access_token: set corp-id and secret (WECOM_CORP_ID, WECOM_SECRET), or auth-corp-id and "
                  + "permanent-code with a suite" : null;
      case "suite_access_token" -> absent(config, "a suite_access_token", "suite-id", "suite-secret", "suite-ticket");
      case "provider_access_token" -> absent(config, "a provider_access_token", "provider-corp-id",
          "provider-secret");
      case "webhook_key" -> absent(config, "a group robot's key", "webhook-key");
      default -> "a " + operation.tokenKind() + ", which the command line cannot be given (only the sandbox has "
          + "one)";
    };
    if (missing != null) {
      throw CliException.credentials(operation.id() + " needs " + missing);
    }
  }

  private static String absent(CliConfig config, String what, String... keys) {
    if (config.value(keys[0]).isPresent()) {
      return null;
    }
    return what + ": set " + java.util.Arrays.stream(keys).map(CliConfig::describe)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private Map<String, String> pairs() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage("'" + pair + "' is not key=value");
      }
      if (map.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
        throw CliException.usage(pair.substring(0, eq) + " is given twice");
      }
    }
    return map;
  }

  private JsonNode parse(String source) {
    String json;
    try {
      json = source.equals("-") ? new String(context.in().readAllBytes(), StandardCharsets.UTF_8)
          : source.startsWith("@") ? Files.readString(Path.of(source.substring(1)), StandardCharsets.UTF_8) : source;
    } catch (IOException e) {
      throw CliException.usage("cannot read --body " + source + ": " + e.getClass().getSimpleName());
    }
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw CliException.usage("--body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
