package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The third-party install flow as WeCom keeps it: pre-authorization codes (20 minutes), their session settings, the
 * single-use auth codes an install hands out (10 minutes), and the permanent code of each corp that installed a
 * suite. Codes the sandbox hands out start with {@code SANDBOX_}: such a code must be one it issued and still valid
 * (40077, 42007, 40078 otherwise), while any other code gets the spec's example, so that calls made with official
 * examples keep working. Likewise a corp that never installed through the sandbox is taken with any permanent code;
 * one that did is taken only with its own (40084 otherwise).
 */
public final class SuiteInstalls {

  static final Duration PRE_AUTH_CODE_VALIDITY = Duration.ofMinutes(20);
  static final Duration AUTH_CODE_VALIDITY = Duration.ofMinutes(10);
  private static final String PREFIX = "SANDBOX_";

  /** A code the sandbox handed out, with what it stands for. */
  private record Pending(String suiteId, String corpId, String corpName, String state, Instant issuedAt) {}

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> preAuthCodes = new ConcurrentHashMap<>();
  private final Map<String, Integer> authTypes = new ConcurrentHashMap<>();
  private final Map<String, Pending> authCodes = new ConcurrentHashMap<>();
  private final Map<String, String> permanentCodes = new ConcurrentHashMap<>();

  public SuiteInstalls(Clock clock) {
    this.clock = clock;
  }

  /** get_pre_auth_code. */
  public JsonNode issuePreAuthCode() {
    String code = "SANDBOX_PRE_AUTH_" + hex();
    preAuthCodes.put(code, clock.instant());
    return ok().put("pre_auth_code", code).put("expires_in", PRE_AUTH_CODE_VALIDITY.toSeconds());
  }

  /** set_session_info. */
  public JsonNode setSessionInfo(JsonNode body, String fromIp) {
    String code = body.path("pre_auth_code").asText("");
    Instant issued = preAuthCodes.get(code);
    if (issued == null && !code.startsWith(PREFIX)) {
      return ok();
    }
    if (issued == null) {
      return Answers.error(40077, "invalid pre_auth_code", fromIp);
    }
    if (!clock.instant().isBefore(issued.plus(PRE_AUTH_CODE_VALIDITY))) {
      return Answers.error(42007, "pre_auth_code expired", fromIp);
    }
    authTypes.put(code, body.path("session_info").path("auth_type").asInt(0));
    return ok();
  }

  /** The auth type set_session_info gave {@code preAuthCode}: 0 formal, 1 test; {@code null} when never set. */
  public Integer authType(String preAuthCode) {
    return authTypes.get(preAuthCode);
  }

  /** A corp admin authorizes {@code suiteId}: the auth code WeCom then sends in the create_auth callback. */
  public String authorize(String suiteId, String corpId, String corpName, String state) {
    String code = "SANDBOX_AUTH_CODE_" + hex() + hex();
    authCodes.put(code, new Pending(suiteId, corpId, corpName, state, clock.instant()));
    return code;
  }

  /**
   * get_permanent_code (either version): the spec's {@code example} with the corp, its new permanent code and the
   * install's state; 40078 for a sandbox auth code that is unknown, used or older than 10 minutes; {@code null} (the
   * spec's example) for a code the sandbox could not have issued.
   */
  public JsonNode exchange(JsonNode body, JsonNode example, String fromIp) {
    String authCode = body.path("auth_code").asText("");
    if (!authCode.startsWith(PREFIX)) {
      return null;
    }
    Pending pending = authCodes.remove(authCode);
    if (pending == null || !clock.instant().isBefore(pending.issuedAt().plus(AUTH_CODE_VALIDITY))) {
      return Answers.error(40078, "invalid auth_code", fromIp);
    }
    String permanentCode = "SANDBOX_PERMANENT_" + hex() + hex();
    permanentCodes.put(pending.corpId(), permanentCode);
    ObjectNode answer = example.deepCopy();
    answer.put("errcode", 0).put("errmsg", "ok").put("permanent_code", permanentCode);
    answer.withObjectProperty("auth_corp_info").put("corpid", pending.corpId()).put("corp_name", pending.corpName());
    if (pending.state() != null) {
      answer.put("state", pending.state());
    } else {
      answer.remove("state");
    }
    return answer;
  }

  /** get_auth_info: the spec's {@code example} for the corp, or 40084 for a permanent code not its own. */
  public JsonNode authInfo(JsonNode body, JsonNode example, String fromIp) {
    String corpId = body.path("auth_corpid").asText("");
    JsonNode refused = checkPermanentCode(corpId, body.path("permanent_code").asText(""), fromIp);
    if (refused != null) {
      return refused;
    }
    ObjectNode answer = example.deepCopy();
    answer.put("errcode", 0).put("errmsg", "ok");
    answer.withObjectProperty("auth_corp_info").put("corpid", corpId);
    return answer;
  }

  /** 40084 when {@code corpId} installed through the sandbox and {@code permanentCode} is not its; else null. */
  public JsonNode checkPermanentCode(String corpId, String permanentCode, String fromIp) {
    String issued = permanentCodes.get(corpId);
    return issued == null || issued.equals(permanentCode) ? null
        : Answers.error(40084, "invalid permanent_code", fromIp);
  }

  /** The corp uninstalled the suite: its permanent code stops working. */
  public void uninstall(String corpId) {
    permanentCodes.computeIfPresent(corpId, (k, v) -> "SANDBOX_REVOKED_" + hex());
  }

  private static ObjectNode ok() {
    return Answers.MAPPER.createObjectNode().put("errcode", 0).put("errmsg", "ok");
  }

  private String hex() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
