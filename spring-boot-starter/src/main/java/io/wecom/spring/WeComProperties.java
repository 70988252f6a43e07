package io.wecom.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code wecom.*} properties: one entry under {@code wecom.apps} per WeCom app, each becoming a
 * {@code WeComClient} bean of that name, plus the settings they share. Checked at start-up; a bad value stops the
 * application with a message naming the property, never its secret value.
 */
@ConfigurationProperties(prefix = "wecom")
public class WeComProperties {

  /** The apps, by name; each becomes a WeComClient bean of that name. */
  private Map<String, App> apps = new LinkedHashMap<>();

  /** The app whose client is injected without a qualifier; required when there are several apps. */
  private String primary;

  /** Where WeCom is; point it at a local sandbox in tests. */
  private String baseUrl = "https://qyapi.weixin.qq.com";

  /** Connect timeout of every call. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** Read timeout of every call. */
  private Duration readTimeout = Duration.ofSeconds(15);

  private final Resilience resilience = new Resilience();
  private final TokenStore tokenStore = new TokenStore();
  private final Metrics metrics = new Metrics();
  private final Callback callback = new Callback();

  public Map<String, App> getApps() {
    return apps;
  }

  public void setApps(Map<String, App> apps) {
    this.apps = apps;
  }

  public String getPrimary() {
    return primary;
  }

  public void setPrimary(String primary) {
    this.primary = primary;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Resilience getResilience() {
    return resilience;
  }

  public TokenStore getTokenStore() {
    return tokenStore;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  public Callback getCallback() {
    return callback;
  }

  /** The app injected without a qualifier: {@link #getPrimary()}, or the only app; {@code null} when none is. */
  String primaryApp() {
    return primary != null ? primary : apps.size() == 1 ? apps.keySet().iterator().next() : null;
  }

  /**
   * The credentials of one app: a self-built app (corp-id, secret, agent-id), its message archive
   * (msg-audit-secret), a third-party app (suite-id, suite-secret, with auth-corp-id and permanent-code to call an
   * authorizing corp's APIs) or a service provider (provider-corp-id, provider-secret).
   */
  public static class App {

    /** The corp id (企业ID) of a self-built app, e.g. ww1234567890abcdef. */
    private String corpId;

    /** The app's secret (应用Secret). */
    private String secret;

    /** The app's agent id (AgentId). */
    private Integer agentId;

    /** The message-archive secret (会话内容存档 Secret); its token serves the msgAudit operations. */
    private String msgAuditSecret;

    /** A third-party app's suite id; its suite_ticket comes from the callback endpoint or the shared store. */
    private String suiteId;

    /** A third-party app's suite secret. */
    private String suiteSecret;

    /** The corp that authorized the suite, whose APIs this client calls. */
    private String authCorpId;

    /** The permanent code that corp's authorization gave. */
    private String permanentCode;

    /** A service provider's corp id. */
    private String providerCorpId;

    /** A service provider's secret. */
    private String providerSecret;

    public String getCorpId() {
      return corpId;
    }

    public void setCorpId(String corpId) {
      this.corpId = corpId;
    }

    public String getSecret() {
      return secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }

    public Integer getAgentId() {
      return agentId;
    }

    public void setAgentId(Integer agentId) {
      this.agentId = agentId;
    }

    public String getMsgAuditSecret() {
      return msgAuditSecret;
    }

    public void setMsgAuditSecret(String msgAuditSecret) {
      this.msgAuditSecret = msgAuditSecret;
    }

    public String getSuiteId() {
      return suiteId;
    }

    public void setSuiteId(String suiteId) {
      this.suiteId = suiteId;
    }

    public String getSuiteSecret() {
      return suiteSecret;
    }

    public void setSuiteSecret(String suiteSecret) {
      this.suiteSecret = suiteSecret;
    }

    public String getAuthCorpId() {
      return authCorpId;
    }

    public void setAuthCorpId(String authCorpId) {
      this.authCorpId = authCorpId;
    }

    public String getPermanentCode() {
      return permanentCode;
    }

    public void setPermanentCode(String permanentCode) {
      this.permanentCode = permanentCode;
    }

    public String getProviderCorpId() {
      return providerCorpId;
    }

    public void setProviderCorpId(String providerCorpId) {
      this.providerCorpId = providerCorpId;
    }

    public String getProviderSecret() {
      return providerSecret;
    }

    public void setProviderSecret(String providerSecret) {
      this.providerSecret = providerSecret;
    }
  }

  /** Retry, circuit breaker, quota and penalty window of every app's client (ResilienceConfig). */
  public static class Resilience {

    /** Whether to retry, break circuits and honour penalty windows at all; false sends every call once. */
    private boolean enabled = true;

    /** Attempts per call, the first included; only calls that are safe to repeat get more than one. */
    private int maxAttempts = 3;

    /** Wait before the second attempt. */
    private Duration initialBackoff = Duration.ofMillis(200);

    /** Growth of the wait per attempt. */
    private double backoffMultiplier = 2.0;

    /** Longest single wait. */
    private Duration maxBackoff = Duration.ofSeconds(2);

    /** Whether each operation has a circuit breaker. */
    private boolean circuitBreakerEnabled = true;

    /** Client-side calls per minute allowed per operation; 0 means no client-side quota. */
    private int quotaPerMinute;

    /** How long an operation's calls fail at once after WeCom answered "rate limited"; 0 turns it off. */
    private Duration penaltyWindow = Duration.ofSeconds(60);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public double getBackoffMultiplier() {
      return backoffMultiplier;
    }

    public void setBackoffMultiplier(double backoffMultiplier) {
      this.backoffMultiplier = backoffMultiplier;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public boolean isCircuitBreakerEnabled() {
      return circuitBreakerEnabled;
    }

    public void setCircuitBreakerEnabled(boolean circuitBreakerEnabled) {
      this.circuitBreakerEnabled = circuitBreakerEnabled;
    }

    public int getQuotaPerMinute() {
      return quotaPerMinute;
    }

    public void setQuotaPerMinute(int quotaPerMinute) {
      this.quotaPerMinute = quotaPerMinute;
    }

    public Duration getPenaltyWindow() {
      return penaltyWindow;
    }

    public void setPenaltyWindow(Duration penaltyWindow) {
      this.penaltyWindow = penaltyWindow;
    }
  }

  /** Where tokens and suite_tickets are kept. */
  public static class TokenStore {

    /** Where tokens are kept: auto (Redis when a Redis connection is configured, else memory), memory or redis. */
    private Type type = Type.AUTO;

    private final Redis redis = new Redis();

    public Type getType() {
      return type;
    }

    public void setType(Type type) {
      this.type = type;
    }

    public Redis getRedis() {
      return redis;
    }

    /** The kinds of token store. */
    public enum Type {
      /** Redis when wecom-token-store-redis is present and a Redis connection is configured, else memory. */
      AUTO,
      /** One in-memory store shared by this application's clients. */
      MEMORY,
      /** Redis, shared by every instance of the application; start-up fails without a Redis connection. */
      REDIS
    }
  }

  /** The Redis token store (wecom-token-store-redis). */
  public static class Redis {

    /** The Redis to use, e.g. redis://redis.internal:6379; without it, Spring Data Redis's Lettuce connection. */
    private String uri;

    /** Prefix of every key. */
    private String keyPrefix = "wecom-java:";

    /** The longest wait for one Redis command. */
    private Duration commandTimeout = Duration.ofSeconds(1);

    /** What a call does while Redis cannot be reached: fail, or keep tokens in this instance's memory. */
    private WhenUnavailable whenUnavailable = WhenUnavailable.FAIL;

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri;
    }

    public String getKeyPrefix() {
      return keyPrefix;
    }

    public void setKeyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
    }

    public Duration getCommandTimeout() {
      return commandTimeout;
    }

    public void setCommandTimeout(Duration commandTimeout) {
      this.commandTimeout = commandTimeout;
    }

    public WhenUnavailable getWhenUnavailable() {
      return whenUnavailable;
    }

    public void setWhenUnavailable(WhenUnavailable whenUnavailable) {
      this.whenUnavailable = whenUnavailable;
    }

    /** What a call does while Redis cannot be reached. */
    public enum WhenUnavailable {
      /** Fail the call with TokenStoreUnavailableException; nothing is sent to WeCom. */
      FAIL,
      /** Keep tokens in this instance's memory until Redis is back. */
      LOCAL_FALLBACK
    }
  }

  /** Micrometer metrics of the clients. */
  public static class Metrics {

    /** Whether the clients record to the application's MeterRegistry, when there is one. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The callback endpoint (接收消息与事件, 指令回调): verifies, decrypts and publishes what WeCom pushes. */
  public static class Callback {

    /** Whether to serve the callback endpoint (needs wecom-callbacks and Spring MVC). */
    private boolean enabled;

    /** The path of the callback URL. */
    private String path = "/wecom/callback";

    /** The app whose callbacks arrive here; its corp or suite id is accepted, its suite_ticket kept. Default the primary app. */
    private String app;

    /** The Token set for the callback URL in WeCom: 1 to 32 letters or digits. */
    private String token;

    /** The EncodingAESKey set for the callback URL in WeCom: 43 characters. */
    private String encodingAesKey;

    /** Receive ids accepted besides the app's own, e.g. the corps that authorized a suite. */
    private List<String> receiveIds = new ArrayList<>();

    /** How far a request's timestamp may lie from now. */
    private Duration replayWindow = Duration.ofMinutes(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public String getApp() {
      return app;
    }

    public void setApp(String app) {
      this.app = app;
    }

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }

    public String getEncodingAesKey() {
      return encodingAesKey;
    }

    public void setEncodingAesKey(String encodingAesKey) {
      this.encodingAesKey = encodingAesKey;
    }

    public List<String> getReceiveIds() {
      return receiveIds;
    }

    public void setReceiveIds(List<String> receiveIds) {
      this.receiveIds = receiveIds;
    }

    public Duration getReplayWindow() {
      return replayWindow;
    }

    public void setReplayWindow(Duration replayWindow) {
      this.replayWindow = replayWindow;
    }
  }
}
