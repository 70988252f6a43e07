package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wecom.sandbox.Scenario;
import java.time.Duration;

/**
 * The admin HTTP endpoint: {@code POST /sandbox/scenario} with a JSON command drives the same {@link Scenario} as
 * the Java API; {@code GET /sandbox/requests} lists the recorded requests; {@code GET /sandbox/demo-tokens} issues a
 * token of each kind for Swagger UI.
 */
public final class Admin {

  /** An answer of the admin endpoint. */
  public record Reply(int status, byte[] body) {}

  private final Scenario scenario;
  private final Tokens tokens;
  private final Recorder recorder;

  public Admin(Scenario scenario, Tokens tokens, Recorder recorder) {
    this.scenario = scenario;
    this.tokens = tokens;
    this.recorder = recorder;
  }

  Reply handle(String method, String path, String body) {
    try {
      return switch (method + " " + path) {
        case "GET /sandbox/demo-tokens" -> ok(Answers.MAPPER.createObjectNode()
            .put("access_token", tokens.issue("access_token", null))
            .put("suite_access_token", tokens.issue("suite_access_token", null))
            .put("provider_access_token", tokens.issue("provider_access_token", null))
            .put("webhook_key", "sandbox-robot-key")
            .put("device_access_token", "sandbox-device-token")
            .put("model_access_token", "sandbox-model-token"));
        case "GET /sandbox/requests" -> ok(Answers.MAPPER.valueToTree(recorder.all()));
        case "POST /sandbox/scenario" -> command(Answers.MAPPER.readTree(body));
        default -> new Reply(404, Answers.bytes(fail("unknown admin call " + method + " " + path)));
      };
    } catch (IllegalArgumentException e) {
      return new Reply(400, Answers.bytes(fail(e.getMessage())));
    } catch (Exception e) {
      return new Reply(400, Answers.bytes(fail("bad command: " + e.getMessage())));
    }
  }

  private Reply command(JsonNode c) {
    String action = c.path("action").asText();
    String op = c.path("operation").asText("*");
    int times = c.path("times").asInt(1);
    switch (action) {
      case "expireTokens" -> scenario.expireAllTokens();
      case "tokenTtl" -> scenario.tokenTtl(Duration.ofSeconds(required(c, "seconds").asLong()));
      case "fail" -> scenario.failNext(op, required(c, "errcode").asInt(), times);
      case "reset" -> scenario.resetNext(op, times);
      case "badGateway" -> scenario.badGatewayNext(op, times);
      case "truncate" -> scenario.truncateNext(op, times);
      case "latency" -> scenario.latency(op, Duration.ofMillis(required(c, "millis").asLong()));
      case "quota" -> scenario.quotaPerMinute(op, required(c, "perMinute").asInt());
      case "clear" -> scenario.clearFaults();
      case "resetContacts" -> scenario.resetContacts();
      default -> throw new IllegalArgumentException("unknown action '" + action + "'; one of expireTokens, tokenTtl, "
          + "fail, reset, badGateway, truncate, latency, quota, clear, resetContacts");
    }
    return ok(Answers.MAPPER.createObjectNode().put("ok", true));
  }

  private static JsonNode required(JsonNode command, String field) {
    if (!command.hasNonNull(field)) {
      throw new IllegalArgumentException("action '" + command.path("action").asText() + "' needs field " + field);
    }
    return command.get(field);
  }

  private static Reply ok(JsonNode body) {
    return new Reply(200, Answers.bytes(body));
  }

  private static ObjectNode fail(String message) {
    return Answers.MAPPER.createObjectNode().put("ok", false).put("error", message);
  }
}
