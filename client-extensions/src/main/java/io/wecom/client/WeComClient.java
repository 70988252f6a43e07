package io.wecom.client;

import io.wecom.client.api.MediaApi;
import io.wecom.client.api.MessageApi;
import io.wecom.client.api.WeComApis;
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
 *
 * <p>Naming: one accessor per tag of the spec returns that tag's generated interface, named after the tag
 * ({@code contacts()}, {@code externalContact()}, {@code kf()}, ...; see {@link WeComApis}), with methods named after
 * the spec's operationIds. The hand-written helpers beside them are named for what they do and never after a tag:
 * {@link #messages()} sends built messages, {@link #uploads()} uploads media, {@link #pages()} follows cursors.
 */
public final class WeComClient implements WeComApis {

  private final FeignApis apis;
  private final Map<TokenKind, TokenProvider> providers;
  private final String description;
  private final Long agentId;
  private final FeignApis.Timeouts timeouts;
  private final String suiteId;
  private final AuthorizedCorpClients corps;
  private final Map<Class<?>, Object> created = new ConcurrentHashMap<>();

  WeComClient(FeignApis apis, Map<TokenKind, TokenProvider> providers, String description, Long agentId,
      FeignApis.Timeouts timeouts, String suiteId, AuthorizedCorpClients corps) {
    this.apis = apis;
    this.providers = Map.copyOf(providers);
    this.description = description;
    this.agentId = agentId;
    this.timeouts = timeouts;
    this.suiteId = suiteId;
    this.corps = corps;
  }

  public static WeComClientBuilder builder() {
    return new WeComClientBuilder();
  }

  /**
   * The same client with {@code options} merged over its settings, e.g. a longer read timeout for one slow call:
   * {@code client.with(CallOptions.custom().readTimeout(Duration.ofSeconds(60)).build()).contacts().listUsers(1L, 1)}.
   * Tokens, caches, guards and the generated interfaces made for the same settings are shared with this client,
   * so calling {@code with} per call is cheap.
   */
  public WeComClient with(CallOptions options) {
    return new WeComClient(apis, providers, description, agentId, new FeignApis.Timeouts(
        options.connectTimeout().orElse(timeouts.connect()), options.readTimeout().orElse(timeouts.read()),
        options.callTimeout().orElse(timeouts.call())), suiteId, corps);
  }

  /**
   * A client for a corp that installed this client's suite, with this client's settings, transport, token store and
   * suite_access_token; its access_token comes from get_corp_token with {@code permanentCode}.
   * {@link io.wecom.client.install.SuiteInstaller} keeps one per installed corp.
   *
   * @throws IllegalStateException when this client has no suite_access_token (it was not built with suite(...))
   */
  public WeComClient forAuthorizedCorp(String authCorpId, String permanentCode) {
    return authorizedCorp(authCorpId, permanentCode, null);
  }

  /** As {@link #forAuthorizedCorp(String, String)}, with the app's agent id in that corp for sending messages. */
  public WeComClient forAuthorizedCorp(String authCorpId, String permanentCode, int agentId) {
    return authorizedCorp(authCorpId, permanentCode, agentId);
  }

  private WeComClient authorizedCorp(String authCorpId, String permanentCode, Integer agentId) {
    if (corps == null) {
      throw new IllegalStateException("forAuthorizedCorp needs a suite client, built with suite(suiteId, suiteSecret,"
          + " tickets); this one is " + description);
    }
    return corps.create(authCorpId, permanentCode, agentId);
  }

  /** The suite id this client was built with, if any. */
  public Optional<String> suiteId() {
    return Optional.ofNullable(suiteId);
  }

  /** Any generated API interface of {@code io.wecom.client.api}, wired like the named accessors; made on first use. */
  @Override
  public <T> T api(Class<T> type) {
    return type.cast(created.computeIfAbsent(type, t -> apis.create(t, timeouts)));
  }

  /**
   * Sends messages built with {@link io.wecom.client.message.Messages} and its siblings, checked against WeCom's
   * limits first, with the {@link WeComClientBuilder#agentId(int) agentId} of this client:
   * {@code messages().sendText(List.of("zhangsan"), "disk full")}.
   */
  public MessageSender messages() {
    return new MessageSender(api(MessageApi.class), agentId);
  }

  /** Uploads images, voice, video and files (media/upload, media/uploadimg) after checking WeCom's limits. */
  public MediaUploader uploads() {
    return new MediaUploader(api(MediaApi.class));
  }

  /**
   * Lazy streams over the cursor-paged lists, following {@code next_cursor} page by page:
   * {@code pages().items(ContactsApi.class, api -> api.listUserIds(new ListUserIdsRequest().limit(1000)))}.
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
