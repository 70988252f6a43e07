package io.wecom.client;

import io.wecom.client.api.AgentApi;
import io.wecom.client.api.AuthApi;
import io.wecom.client.api.BatchApi;
import io.wecom.client.api.CorpApi;
import io.wecom.client.api.DepartmentApi;
import io.wecom.client.api.ExternalContactApi;
import io.wecom.client.api.MessageApi;
import io.wecom.client.api.MsgAuditApi;
import io.wecom.client.api.ProviderApi;
import io.wecom.client.api.TagApi;
import io.wecom.client.api.TokensApi;
import io.wecom.client.api.UserApi;
import io.wecom.client.api.MediaApi;
import io.wecom.client.internal.FeignApis;
import io.wecom.client.media.MediaUploader;
import io.wecom.client.message.MessageSender;
import io.wecom.client.paging.Pages;
import io.wecom.client.token.TokenKind;
import io.wecom.client.token.TokenProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point: every generated WeCom API, with tokens fetched, cached, injected and refreshed, and every WeCom
 * error turned into a {@link io.wecom.client.error.WeComException}. Immutable and thread-safe; build one per app
 * (corp and secret) with {@link #builder()} and share it. Several clients live side by side with no shared state.
 */
public final class WeComClient {

  private final FeignApis apis;
  private final Map<TokenKind, TokenProvider> providers;
  private final String description;
  private final Long agentId;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Map<Class<?>, Object> created = new ConcurrentHashMap<>();

  WeComClient(FeignApis apis, Map<TokenKind, TokenProvider> providers, String description, Long agentId,
      Duration connectTimeout, Duration readTimeout) {
    this.apis = apis;
    this.providers = Map.copyOf(providers);
    this.description = description;
    this.agentId = agentId;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  public static WeComClientBuilder builder() {
    return new WeComClientBuilder();
  }

  /**
   * The same client with {@code options} merged over its settings, e.g. a longer read timeout for one slow call:
   * {@code client.with(CallOptions.custom().readTimeout(Duration.ofSeconds(60)).build()).user().listUsers(1L, 1)}.
   * Tokens, caches and guards are shared with this client.
   */
  public WeComClient with(CallOptions options) {
    return new WeComClient(apis, providers, description, agentId, options.connectTimeout().orElse(connectTimeout),
        options.readTimeout().orElse(readTimeout));
  }

  /** Any generated API interface of {@code io.wecom.client.api}, wired like the named accessors. */
  public <T> T api(Class<T> type) {
    return type.cast(created.computeIfAbsent(type, t -> apis.create(t, connectTimeout, readTimeout)));
  }

  /** The token endpoints themselves; the client calls them for you, so most users never need this. */
  public TokensApi tokens() {
    return api(TokensApi.class);
  }

  /** App messages: message/send and appchat/send. */
  public MessageApi message() {
    return api(MessageApi.class);
  }

  /**
   * Sends messages built with {@link io.wecom.client.message.Messages} and its siblings, checked against WeCom's
   * limits first, with the {@link WeComClientBuilder#agentId(int) agentId} of this client:
   * {@code messages().sendText(List.of("zhangsan"), "disk full")}.
   */
  public MessageSender messages() {
    return new MessageSender(message(), agentId);
  }

  /** Uploads images, voice, video and files (media/upload, media/uploadimg) after checking WeCom's limits. */
  public MediaUploader media() {
    return new MediaUploader(api(MediaApi.class));
  }

  public AgentApi agent() {
    return api(AgentApi.class);
  }

  public CorpApi corp() {
    return api(CorpApi.class);
  }

  public BatchApi batch() {
    return api(BatchApi.class);
  }

  public DepartmentApi department() {
    return api(DepartmentApi.class);
  }

  public TagApi tag() {
    return api(TagApi.class);
  }

  public UserApi user() {
    return api(UserApi.class);
  }

  public AuthApi auth() {
    return api(AuthApi.class);
  }

  /** Customer contact: customers, customer tags, group chats, welcome and mass messages. */
  public ExternalContactApi externalContact() {
    return api(ExternalContactApi.class);
  }

  /** The message archive; needs {@link WeComClientBuilder#msgAuditSecret(String)}. */
  public MsgAuditApi msgAudit() {
    return api(MsgAuditApi.class);
  }

  /** Service-provider operations; needs {@link WeComClientBuilder#provider(String, String)}. */
  public ProviderApi provider() {
    return api(ProviderApi.class);
  }

  /**
   * Lazy streams over the cursor-paged lists, following {@code next_cursor} page by page:
   * {@code pages().items(UserApi.class, api -> api.listUserIds(new ListUserIdsRequest().limit(1000)))}.
   */
  public Pages pages() {
    return Pages.of(this);
  }

  /** The provider of one token kind, to share it with another client or to read a token for a JS-SDK signature. */
  public Optional<TokenProvider> tokenProvider(TokenKind kind) {
    return Optional.ofNullable(providers.get(kind));
  }

  @Override
  public String toString() {
    return "WeComClient[" + description + "]";
  }
}
