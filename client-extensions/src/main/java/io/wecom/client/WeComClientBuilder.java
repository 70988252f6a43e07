package io.wecom.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import feign.Client;
import feign.Logger;
import io.wecom.client.internal.DeadlineClient;
import io.wecom.client.internal.OkHttpTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.wecom.client.api.AppAuthorizationApi;
import io.wecom.client.api.BasicsApi;
import io.wecom.client.api.HardwareApi;
import io.wecom.client.internal.CachingTokenProvider;
import io.wecom.client.internal.ClientMetrics;
import io.wecom.client.internal.ErrorCodeTable;
import io.wecom.client.internal.FeignApis;
import io.wecom.client.internal.MicrometerMetrics;
import io.wecom.client.internal.OperationGuards;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.internal.TokenFetchers;
import io.wecom.client.internal.TokenProviders;
import io.wecom.client.internal.WeComExceptions;
import io.wecom.client.token.InMemoryTokenStore;
import io.wecom.client.token.ModelTicketSource;
import io.wecom.client.token.SuiteTicketSource;
import io.wecom.client.token.TokenConfig;
import io.wecom.client.token.TokenKind;
import io.wecom.client.token.TokenProvider;
import io.wecom.client.token.TokenStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import io.wecom.client.internal.Checks;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a {@link WeComClient}. Set the credentials of the tokens your calls need; everything else has a
 * default. A self-built app needs {@code corpId} and {@code secret}; a third-party app {@code suite(...)} and, to call
 * a corp's APIs, {@code authorizedCorp(...)}; a service provider {@code provider(...)}.
 */
public final class WeComClientBuilder {

  /**
   * The longest a token fetch may take inside a call (or the call timeout, when shorter), retries included, so that
   * a hanging token endpoint leaves time for the call's own attempt to fail cleanly.
   */
  static final Duration TOKEN_FETCH_BUDGET = Duration.ofSeconds(10);

  /** WeCom's API host. */
  public static final String DEFAULT_BASE_URL = "https://qyapi.weixin.qq.com";

  private String corpId;
  private String secret;
  private Integer agentId;
  private String msgAuditSecret;
  private String suiteId;
  private String suiteSecret;
  private SuiteTicketSource suiteTickets;
  private String providerCorpId;
  private String providerSecret;
  private String authCorpId;
  private String permanentCode;
  private String modelId;
  private String modelSecret;
  private ModelTicketSource modelTickets;
  private String deviceSn;
  private String deviceSecret;
  /** The transport of the client this builder derives from (see {@link WeComClient#forAuthorizedCorp}), or null. */
  private Client sharedTransport;
  private final Map<TokenKind, TokenProvider> givenProviders = new EnumMap<>(TokenKind.class);
  private String baseUrl = DEFAULT_BASE_URL;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(15);
  private Duration callTimeout = Duration.ofSeconds(30);
  private Duration idleConnectionTimeout = Duration.ofSeconds(50);
  private long maxAnswerSize = 16L * 1024 * 1024;
  private Client httpClient;
  private ResilienceConfig resilience = ResilienceConfig.ofDefaults();
  private String name;
  private ObjectMapper objectMapper = new ObjectMapper();
  private Clock clock = Clock.systemUTC();
  private TokenStore tokenStore;
  private TokenConfig tokenConfig = TokenConfig.ofDefaults();
  private Logger.Level logLevel = Logger.Level.NONE;
  private MeterRegistry meterRegistry;

  WeComClientBuilder() {}

  /** The corp id (企业ID), e.g. {@code ww1234567890abcdef}. */
  public WeComClientBuilder corpId(String corpId) {
    this.corpId = nonBlank(corpId, "corpId");
    return this;
  }

  /** The app's secret (应用Secret); it mints the access_token. */
  public WeComClientBuilder secret(String secret) {
    this.secret = nonBlank(secret, "secret");
    return this;
  }

  /** The app's agent id (AgentId), used by message sending. */
  public WeComClientBuilder agentId(int agentId) {
    if (agentId <= 0) {
      throw new IllegalArgumentException("agentId must be positive, was " + agentId);
    }
    this.agentId = agentId;
    return this;
  }

  /** The message-archive secret (会话内容存档 Secret); its token serves the msgAudit operations. */
  public WeComClientBuilder msgAuditSecret(String msgAuditSecret) {
    this.msgAuditSecret = nonBlank(msgAuditSecret, "msgAuditSecret");
    return this;
  }

  /** A third-party app (suite): its id, secret, and where to read the latest suite_ticket. */
  public WeComClientBuilder suite(String suiteId, String suiteSecret, SuiteTicketSource tickets) {
    this.suiteId = nonBlank(suiteId, "suiteId");
    this.suiteSecret = nonBlank(suiteSecret, "suiteSecret");
    this.suiteTickets = Objects.requireNonNull(tickets, "suite ticket source");
    return this;
  }

  /** A service provider: its corp id and provider secret. */
  public WeComClientBuilder provider(String providerCorpId, String providerSecret) {
    this.providerCorpId = nonBlank(providerCorpId, "providerCorpId");
    this.providerSecret = nonBlank(providerSecret, "providerSecret");
    return this;
  }

  /** A corp that authorized the suite: the access_token comes from get_corp_token with its permanent code. */
  public WeComClientBuilder authorizedCorp(String authCorpId, String permanentCode) {
    this.authCorpId = nonBlank(authCorpId, "authCorpId");
    this.permanentCode = nonBlank(permanentCode, "permanentCode");
    return this;
  }

  /**
   * A smart-hardware device model (智慧硬件): its id, secret and where to read the latest model_ticket; its
   * model_access_token serves the model's operations (device registration, device tokens).
   */
  public WeComClientBuilder hardwareModel(String modelId, String modelSecret, ModelTicketSource tickets) {
    this.modelId = nonBlank(modelId, "modelId");
    this.modelSecret = nonBlank(modelSecret, "modelSecret");
    this.modelTickets = Objects.requireNonNull(tickets, "model ticket source");
    return this;
  }

  /**
   * A smart-hardware device: its serial number and device_secret (from getDeviceSecret); its device_access_token,
   * fetched with the model's token, serves the device's operations. Needs {@link #hardwareModel} or a
   * model_access_token provider.
   */
  public WeComClientBuilder hardwareDevice(String deviceSn, String deviceSecret) {
    this.deviceSn = nonBlank(deviceSn, "deviceSn");
    this.deviceSecret = nonBlank(deviceSecret, "deviceSecret");
    return this;
  }

  /** Uses {@code provider} for its token kind instead of one built from credentials (e.g. another client's). */
  public WeComClientBuilder tokenProvider(TokenProvider provider) {
    givenProviders.put(provider.kind(), provider);
    return this;
  }

  /** Where WeCom is; default {@value #DEFAULT_BASE_URL}. Point it at a local sandbox in tests. */
  public WeComClientBuilder baseUrl(String baseUrl) {
    URI uri = URI.create(nonBlank(baseUrl, "baseUrl"));
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host, was " + baseUrl);
    }
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return this;
  }

  /** Connect timeout; default 5 s. */
  public WeComClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Checks.positive(timeout, "connectTimeout");
    return this;
  }

  /** Read timeout; default 15 s. */
  public WeComClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Checks.positive(timeout, "readTimeout");
    return this;
  }

  /**
   * The longest one call may take, everything included: the token fetch, every attempt and backoff, every byte of
   * the answer; default 30 s. Past it the call fails with a {@link io.wecom.client.error.WeComTimeoutException}
   * that says whether the request may have reached WeCom. {@link CallOptions} can change it for one call.
   */
  public WeComClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = Checks.positive(timeout, "callTimeout");
    return this;
  }

  /**
   * How long an idle keep-alive connection of the default transport stays pooled; default 50 s. Keep it below the
   * keep-alive timeout of whatever sits between the client and WeCom (a proxy, say).
   */
  public WeComClientBuilder idleConnectionTimeout(Duration timeout) {
    this.idleConnectionTimeout = Checks.positive(timeout, "idleConnectionTimeout");
    return this;
  }

  /**
   * The largest answer the client reads, in bytes; default 16 MB. A larger one fails with a
   * {@link io.wecom.client.error.WeComTransportException} and no more than this is buffered.
   */
  public WeComClientBuilder maxAnswerSize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxAnswerSize must be positive, was " + bytes);
    }
    this.maxAnswerSize = bytes;
    return this;
  }

  /**
   * The HTTP transport, any Feign {@link Client}, for a proxy or a TLS setup of your own. Default: OkHttp over
   * HTTP/1.1 with its own retry off, which sends a request again only when it was written to a keep-alive
   * connection the server had already closed. A transport given here is held to the call timeout and the answer
   * size cap by a worker thread per call; {@code Client.Default} (HttpURLConnection) repeats a request by itself
   * when a kept-alive connection resets, which can send a message twice.
   */
  public WeComClientBuilder httpClient(Client client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return this;
  }

  /** Retry, circuit breaker, quotas and penalty window; default {@link ResilienceConfig#ofDefaults()}. */
  public WeComClientBuilder resilience(ResilienceConfig config) {
    this.resilience = Objects.requireNonNull(config, "resilience");
    return this;
  }

  /**
   * The name of this client in Resilience4j instance names ({@code <name>.<operationId>}); default the corp, suite
   * or provider id, with the agent id when set.
   */
  public WeComClientBuilder name(String name) {
    this.name = nonBlank(name, "name");
    return this;
  }

  /** A mapper to copy settings from (modules, say); the client works on a copy and never changes yours. */
  public WeComClientBuilder objectMapper(ObjectMapper mapper) {
    this.objectMapper = Objects.requireNonNull(mapper, "objectMapper");
    return this;
  }

  /** The clock token expiry is measured with; default the system UTC clock. */
  public WeComClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Where tokens are cached; default a new {@link InMemoryTokenStore} per client. */
  public WeComClientBuilder tokenStore(TokenStore store) {
    this.tokenStore = Objects.requireNonNull(store, "tokenStore");
    return this;
  }

  /** Safety margin and waiting limits of the token cache; default {@link TokenConfig#ofDefaults()}. */
  public WeComClientBuilder tokenConfig(TokenConfig config) {
    this.tokenConfig = Objects.requireNonNull(config, "tokenConfig");
    return this;
  }

  /** Feign's HTTP log level, written to SLF4J logger {@code io.wecom.client.http} at DEBUG, secrets masked. */
  public WeComClientBuilder logLevel(Logger.Level level) {
    this.logLevel = Objects.requireNonNull(level, "logLevel");
    return this;
  }

  /**
   * Records metrics to {@code registry} (needs {@code micrometer-core}, and {@code resilience4j-micrometer} for the
   * retry, circuit breaker and quota meters): {@code wecom.client.calls} (a timer per operation and outcome class),
   * {@code wecom.client.errcodes}, {@code wecom.client.token.fetches} and {@code wecom.client.token.invalidations},
   * all tagged with the client's {@link #name(String) name}. Without a registry nothing is measured, and without
   * Micrometer on the class path the client works as before as long as this method is not called.
   */
  public WeComClientBuilder meterRegistry(MeterRegistry registry) {
    this.meterRegistry = Objects.requireNonNull(registry, "meterRegistry");
    return this;
  }

  /**
   * Builds the client.
   *
   * @throws IllegalStateException when the credentials are incomplete or contradict each other
   */
  public WeComClient build() {
    check();
    ObjectMapper mapper = objectMapper.copy()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.INDENT_OUTPUT, false);
    WeComExceptions exceptions = new WeComExceptions(ErrorCodeTable.standard());
    ClientMetrics metrics = meterRegistry == null ? ClientMetrics.NONE : new MicrometerMetrics(meterRegistry, clientName());
    OperationGuards guards = new OperationGuards(clientName(), resilience, ErrorCodeTable.standard(), clock, metrics);
    Client transport = sharedTransport != null ? sharedTransport
        : httpClient != null ? new DeadlineClient(httpClient, maxAnswerSize)
        : new OkHttpTransport(connectTimeout, readTimeout, idleConnectionTimeout, maxAnswerSize);
    TokenStore store = tokenStore != null ? tokenStore : new InMemoryTokenStore(clock);

    Map<TokenKind, TokenProvider> providers = new EnumMap<>(givenProviders);
    TokenProviders forTokenCalls = new TokenProviders(providers, null);
    TokenFetchers fetchers = fetchers(feign(transport, mapper, forTokenCalls, exceptions, guards, metrics));
    if (suiteId != null && !providers.containsKey(TokenKind.SUITE_ACCESS_TOKEN)) {
      providers.put(TokenKind.SUITE_ACCESS_TOKEN, cache(TokenKind.SUITE_ACCESS_TOKEN, "suite:" + suiteId,
          "suite_access_token of suite " + suiteId, fetchers.suite(suiteId, suiteSecret, suiteTickets), store, metrics));
    }
    if (providerCorpId != null && !providers.containsKey(TokenKind.PROVIDER_ACCESS_TOKEN)) {
      providers.put(TokenKind.PROVIDER_ACCESS_TOKEN, cache(TokenKind.PROVIDER_ACCESS_TOKEN,
          "provider:" + providerCorpId, "provider_access_token of provider " + providerCorpId,
          fetchers.provider(providerCorpId, providerSecret), store, metrics));
    }
    if (modelId != null && !providers.containsKey(TokenKind.MODEL_ACCESS_TOKEN)) {
      providers.put(TokenKind.MODEL_ACCESS_TOKEN, cache(TokenKind.MODEL_ACCESS_TOKEN, "model:" + modelId,
          "model_access_token of device model " + modelId, fetchers.model(modelId, modelSecret, modelTickets), store,
          metrics));
    }
    forTokenCalls = new TokenProviders(providers, null);
    fetchers = fetchers(feign(transport, mapper, forTokenCalls, exceptions, guards, metrics));
    if (!providers.containsKey(TokenKind.ACCESS_TOKEN)) {
      if (secret != null) {
        providers.put(TokenKind.ACCESS_TOKEN, cache(TokenKind.ACCESS_TOKEN, "corp:" + corpId + ":" + fingerprint(secret),
            "access_token of corp " + corpId + appLabel(), fetchers.corp(corpId, secret), store, metrics));
      } else if (authCorpId != null) {
        providers.put(TokenKind.ACCESS_TOKEN, cache(TokenKind.ACCESS_TOKEN, "corp:" + authCorpId + ":suite:" + suiteId,
            "access_token of corp " + authCorpId + " authorized to suite " + suiteId,
            fetchers.authorizedCorp(authCorpId, permanentCode), store, metrics));
      }
    }
    if (deviceSn != null && !providers.containsKey(TokenKind.DEVICE_ACCESS_TOKEN)) {
      providers.put(TokenKind.DEVICE_ACCESS_TOKEN, cache(TokenKind.DEVICE_ACCESS_TOKEN, "device:" + deviceSn + ":"
          + fingerprint(deviceSecret), "device_access_token of device " + deviceSn,
          fetchers.device(deviceSn, deviceSecret), store, metrics));
    }
    TokenProvider msgAudit = msgAuditSecret == null ? null : cache(TokenKind.ACCESS_TOKEN,
        "corp:" + corpId + ":" + fingerprint(msgAuditSecret), "message-archive access_token of corp " + corpId,
        fetchers.corp(corpId, msgAuditSecret), store, metrics);

    FeignApis apis = feign(transport, mapper, new TokenProviders(providers, msgAudit), exceptions, guards, metrics);
    TokenProvider suiteToken = providers.get(TokenKind.SUITE_ACCESS_TOKEN);
    AuthorizedCorpClients corps = suiteToken == null ? null
        : (corp, code, agent) -> derived(transport, store, suiteToken).authorizedCorp(corp, code).agent(agent).build();
    return new WeComClient(apis, providers, describe(), agentId == null ? null : agentId.longValue(),
        new FeignApis.Timeouts(connectTimeout, readTimeout, callTimeout), suiteId, corps);
  }

  /**
   * A builder with this one's settings and no credentials but {@code suiteToken}, sending through {@code transport}
   * and caching in {@code store}: the start of a client for a corp that installed the suite.
   */
  private WeComClientBuilder derived(Client transport, TokenStore store, TokenProvider suiteToken) {
    WeComClientBuilder b = new WeComClientBuilder();
    b.suiteId = suiteId;
    b.givenProviders.put(TokenKind.SUITE_ACCESS_TOKEN, suiteToken);
    b.sharedTransport = transport;
    b.tokenStore = store;
    b.baseUrl = baseUrl;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.idleConnectionTimeout = idleConnectionTimeout;
    b.maxAnswerSize = maxAnswerSize;
    b.resilience = resilience;
    b.objectMapper = objectMapper;
    b.clock = clock;
    b.tokenConfig = tokenConfig;
    b.logLevel = logLevel;
    b.meterRegistry = meterRegistry;
    return b;
  }

  private WeComClientBuilder agent(Integer agentId) {
    this.agentId = agentId;
    return this;
  }

  private FeignApis feign(Client transport, ObjectMapper mapper, TokenProviders tokens, WeComExceptions exceptions,
      OperationGuards guards, ClientMetrics metrics) {
    return new FeignApis(baseUrl, transport, mapper, logLevel, tokens, exceptions, guards, metrics);
  }

  private TokenFetchers fetchers(FeignApis apis) {
    Duration budget = callTimeout.compareTo(TOKEN_FETCH_BUDGET) < 0 ? callTimeout : TOKEN_FETCH_BUDGET;
    FeignApis.Timeouts timeouts = new FeignApis.Timeouts(connectTimeout, readTimeout, budget);
    return new TokenFetchers(apis.create(BasicsApi.class, timeouts), apis.create(AppAuthorizationApi.class, timeouts),
        apis.create(HardwareApi.class, timeouts));
  }

  private String clientName() {
    if (name != null) {
      return name;
    }
    String id = corpId != null ? corpId : authCorpId != null ? authCorpId : suiteId != null ? suiteId
        : providerCorpId != null ? providerCorpId : deviceSn != null ? deviceSn : modelId != null ? modelId : "wecom";
    return agentId == null ? id : id + ":" + agentId;
  }

  private TokenProvider cache(TokenKind kind, String key, String label, CachingTokenProvider.Fetcher fetcher,
      TokenStore store, ClientMetrics metrics) {
    return new CachingTokenProvider(kind, "wecom:" + kind.queryName() + ":" + key, label, fetcher, store, clock,
        tokenConfig, metrics);
  }

  private void check() {
    if ((corpId == null) != (secret == null) && msgAuditSecret == null && authCorpId == null) {
      throw new IllegalStateException(corpId == null ? "secret is set but corpId is not" : "corpId is set but secret is not");
    }
    if (secret != null && corpId == null) {
      throw new IllegalStateException("secret is set but corpId is not");
    }
    if (msgAuditSecret != null && corpId == null) {
      throw new IllegalStateException("msgAuditSecret is set but corpId is not");
    }
    if (secret != null && authCorpId != null) {
      throw new IllegalStateException("set either secret (a self-built app) or authorizedCorp(...) (a third-party app), not both");
    }
    if (authCorpId != null && suiteId == null && !givenProviders.containsKey(TokenKind.SUITE_ACCESS_TOKEN)) {
      throw new IllegalStateException("authorizedCorp(...) needs suite(...) or a suite_access_token provider: get_corp_token is called with the suite_access_token");
    }
    if (deviceSn != null && modelId == null && !givenProviders.containsKey(TokenKind.MODEL_ACCESS_TOKEN)) {
      throw new IllegalStateException("hardwareDevice(...) needs hardwareModel(...) or a model_access_token provider: get_device_token is called with the model_access_token");
    }
    if (secret == null && authCorpId == null && suiteId == null && providerCorpId == null && msgAuditSecret == null
        && modelId == null && givenProviders.isEmpty()) {
      throw new IllegalStateException("no credentials: set corpId and secret (self-built app), suite(...) and authorizedCorp(...) (third-party app), provider(...), or hardwareModel(...)");
    }
  }

  private String appLabel() {
    return agentId == null ? "" : " app " + agentId;
  }

  private String describe() {
    StringBuilder s = new StringBuilder("baseUrl=").append(baseUrl);
    if (corpId != null) {
      s.append(", corpId=").append(corpId);
    }
    if (agentId != null) {
      s.append(", agentId=").append(agentId);
    }
    if (suiteId != null) {
      s.append(", suiteId=").append(suiteId);
    }
    if (authCorpId != null) {
      s.append(", authCorpId=").append(authCorpId);
    }
    if (providerCorpId != null) {
      s.append(", providerCorpId=").append(providerCorpId);
    }
    if (modelId != null) {
      s.append(", modelId=").append(modelId);
    }
    if (deviceSn != null) {
      s.append(", deviceSn=").append(deviceSn);
    }
    return s.toString();
  }

  /** A short hash naming the app in store keys, so that the key never holds the secret. */
  static String fingerprint(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "WeComClientBuilder[" + describe() + "]";
  }
}
