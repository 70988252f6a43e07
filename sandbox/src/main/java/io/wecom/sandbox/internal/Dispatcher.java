package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wecom.sandbox.RecordedRequest;
import io.wecom.sandbox.SandboxConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers one API call the way WeCom would: finds its operation in the spec, applies the scripted faults, checks
 * the token and the request, then issues a token, consults the contacts, install, approval or smart-sheet state, or returns the
 * spec's example.
 * Knows nothing of HTTP plumbing; {@link SandboxHandler} does that.
 */
public final class Dispatcher {

  /** What to send back. */
  public sealed interface Outcome {
    /** A JSON answer. */
    record Json(int status, byte[] body) implements Outcome {}

    /** Close the connection with no answer. */
    record Reset() implements Outcome {}

    /** An HTML 502 page. */
    record BadGateway() implements Outcome {}

    /** Half of this answer, then close. */
    record Truncated(byte[] body) implements Outcome {}

    /** A file, as a download operation answers: the bytes, sent as application/octet-stream under a file name. */
    record File(byte[] body, String filename) implements Outcome {}
  }

  private static final Map<String, String> TOKEN_FIELDS = Map.of(
      "getToken", "access_token", "getSuiteToken", "suite_access_token",
      "getProviderToken", "provider_access_token", "getCorpToken", "access_token");

  private final SpecCatalog spec;
  private final Tokens tokens;
  private final Contacts contacts;
  private final Faults faults;
  private final Recorder recorder;
  private final SuiteTickets suiteTickets;
  private final SuiteInstalls installs;
  private final Approvals approvals;
  private final Smartsheets smartsheets = new Smartsheets();
  private final SandboxConfig config;
  private final Map<String, byte[]> exampleBytes = new ConcurrentHashMap<>();

  /**
   * Credentials the sandbox does not issue, by security scheme, with the query parameter that carries them: any
   * non-blank value is taken (a group robot's key, a device's or a model's token).
   */
  private static final Map<String, String> UNCHECKED_CREDENTIALS = Map.of("webhook_key", "key",
      "device_access_token", "device_access_token", "model_access_token", "model_access_token");

  public Dispatcher(SpecCatalog spec, Tokens tokens, Contacts contacts, Faults faults, Recorder recorder,
      SuiteTickets suiteTickets, SuiteInstalls installs, SandboxConfig config) {
    this.suiteTickets = suiteTickets;
    this.installs = installs;
    this.approvals = new Approvals(config.clock());
    this.spec = spec;
    this.tokens = tokens;
    this.contacts = contacts;
    this.faults = faults;
    this.recorder = recorder;
    this.config = config;
  }

  public Outcome dispatch(String method, String path, Map<String, List<String>> query,
      Map<String, List<String>> headers, String body, String fromIp) {
    SpecOperation op = spec.find(method, path).orElse(null);
    recorder.record(new RecordedRequest(op == null ? null : op.id(), method, path, query, headers, body));
    if (op == null) {
      return spec.hasPath(path)
          ? json(Answers.error(RequestCheck.INVALID_PARAMETER, "invalid parameter: " + path + " does not take "
              + method, fromIp))
          : new Outcome.Json(404, Answers.bytes(Answers.error(404, "no WeCom operation at " + path, fromIp)));
    }
    pause(faults.latencyOf(op.id()));
    Faults.Fault fault = faults.take(op.id());
    if (fault instanceof Faults.Fault.Reset) {
      return new Outcome.Reset();
    }
    if (fault instanceof Faults.Fault.HtmlBadGateway) {
      return new Outcome.BadGateway();
    }
    if (fault instanceof Faults.Fault.Errcode e) {
      return json(Answers.error(e.errcode(), e.errmsg(), fromIp));
    }
    if (faults.overQuota(op.id())) {
      return json(Answers.error(45009, "api freq out of limit", fromIp));
    }
    JsonNode answer = answer(op, query, body, fromIp);
    if (fault instanceof Faults.Fault.Truncate) {
      return new Outcome.Truncated(Answers.bytes(answer));
    }
    if (answer == null && op.download()) {
      return new Outcome.File(("sandbox file of " + op.id() + "\n").getBytes(StandardCharsets.UTF_8),
          "sandbox-" + op.id() + ".txt");
    }
    return answer == null ? new Outcome.Json(200, exampleBytes.computeIfAbsent(op.id(), id -> Answers.bytes(op.example())))
        : json(answer);
  }

  /** The answer to a call that passed the faults; {@code null} means the spec's example. */
  private JsonNode answer(SpecOperation op, Map<String, List<String>> query, String body, String fromIp) {
    if (op.tokenKind() != null && UNCHECKED_CREDENTIALS.containsKey(op.tokenKind())) {
      String name = UNCHECKED_CREDENTIALS.get(op.tokenKind());
      String value = first(query, name);
      if (value == null || value.isBlank()) {
        return Answers.error(41001, "missing " + name, fromIp);
      }
    } else if (op.tokenKind() != null) {
      String app = op.tokenApp() != null && config.msgAuditSecret().isPresent() ? op.tokenApp() : null;
      Tokens.Refusal refusal = tokens.check(first(query, op.tokenKind()), op.tokenKind(), app);
      if (refusal != null) {
        return Answers.error(refusal.errcode(), refusal.errmsg(), fromIp);
      }
    }
    RequestCheck.Refusal invalid = RequestCheck.check(op, query, body);
    if (invalid != null) {
      return Answers.error(invalid.errcode(), invalid.errmsg(), fromIp);
    }
    if (TOKEN_FIELDS.containsKey(op.id())) {
      return issueToken(op.id(), query, parse(body), fromIp);
    }
    switch (op.id()) {
      case "getPreAuthCode":
        return installs.issuePreAuthCode();
      case "setSessionInfo":
        return installs.setSessionInfo(parse(body), fromIp);
      case "getPermanentCode", "getPermanentCodeV2":
        return installs.exchange(parse(body), op.example(), fromIp);
      case "getAuthInfo", "getAuthInfoV2":
        return installs.authInfo(parse(body), op.example(), fromIp);
      case "applyApprovalEvent":
        return approvals.apply(parse(body));
      case "getApprovalDetail":
        return approvals.detail(parse(body), op.example());
      case "addSmartsheetRecords":
        return smartsheets.add(parse(body));
      case "listSmartsheetRecords":
        return smartsheets.list(parse(body));
      default:
        break;
    }
    if (op.id().equals("sendMessage")) {
      return contacts.sendMessage(parse(body), "sandbox-msg-" + Long.toHexString(System.nanoTime()));
    }
    if (contacts.handles(op.id())) {
      return Answers.decorate(contacts.answer(op.id(), new Contacts.Call(firstValues(query), parse(body))), fromIp);
    }
    return null;
  }

  private JsonNode issueToken(String operationId, Map<String, List<String>> query, JsonNode body, String fromIp) {
    String app = null;
    if (operationId.equals("getSuiteToken")
        && !suiteTickets.accepts(body.path("suite_id").asText(), body.path("suite_ticket").asText())) {
      return Answers.error(40085, "invalid suite_ticket", fromIp);
    }
    if (operationId.equals("getToken")) {
      String corpId = first(query, "corpid");
      String secret = first(query, "corpsecret");
      if (!config.acceptsAnyCredentials()) {
        if (config.secretOf(corpId).isEmpty()) {
          return Answers.error(40013, "invalid corpid", fromIp);
        }
        if (!config.secretOf(corpId).get().equals(secret) && !config.msgAuditSecret().filter(secret::equals).isPresent()) {
          return Answers.error(40001, "invalid credential", fromIp);
        }
      }
      app = config.msgAuditSecret().filter(secret::equals).map(s -> "msgaudit").orElse(null);
    }
    if (operationId.equals("getCorpToken")) {
      JsonNode refused = installs.checkPermanentCode(body.path("auth_corpid").asText(""),
          body.path("permanent_code").asText(""), fromIp);
      if (refused != null) {
        return refused;
      }
    }
    String field = TOKEN_FIELDS.get(operationId);
    ObjectNode answer = Answers.MAPPER.createObjectNode().put("errcode", 0).put("errmsg", "ok")
        .put(field, tokens.issue(field, app)).put("expires_in", tokens.ttl().toSeconds());
    return answer;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? Answers.MAPPER.createObjectNode() : Answers.MAPPER.readTree(body);
    } catch (Exception e) {
      return Answers.MAPPER.createObjectNode();
    }
  }

  private static Map<String, String> firstValues(Map<String, List<String>> query) {
    Map<String, String> first = new HashMap<>();
    query.forEach((k, v) -> {
      if (!v.isEmpty()) {
        first.put(k, v.get(0));
      }
    });
    return first;
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Outcome json(JsonNode answer) {
    return new Outcome.Json(200, Answers.bytes(answer));
  }

  private static void pause(Duration delay) {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
