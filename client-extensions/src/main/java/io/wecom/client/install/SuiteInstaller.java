package io.wecom.client.install;

import io.wecom.client.WeComClient;
import io.wecom.client.api.AppAuthorizationApi;
import io.wecom.client.model.AuthCorpAgent;
import io.wecom.client.model.AuthCorpInfo;
import io.wecom.client.model.GetAuthInfoRequest;
import io.wecom.client.model.GetAuthInfoResponse;
import io.wecom.client.model.GetPermanentCodeRequest;
import io.wecom.client.model.GetPermanentCodeResponse;
import io.wecom.client.model.GetPreAuthCodeResponse;
import io.wecom.client.model.SetSessionInfoRequest;
import io.wecom.client.model.SuiteSessionInfo;
import io.wecom.client.token.TokenKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Installs a third-party app (suite) into customers' corps and gives a client for each: the pre-authorization code
 * and install link, the exchange of the auth code that the install callback (or redirect) brings for a permanent
 * code, its keeping in an {@link InstallationStore}, and a {@link WeComClient} per installed corp whose access_token
 * comes from get_corp_token.
 *
 * <pre>{@code
 * SuiteInstaller installer = SuiteInstaller.of(suiteClient, store);
 * PreAuthCode code = installer.preAuthCode();
 * URI link = installer.installLink(code, URI.create("https://app.example.com/installed"), "state-1");
 * // WeCom calls back with create_auth:
 * Installation installed = installer.install(event.authCode());
 * installer.clientFor(installed.authCorpId()).contacts().listDepartments(null);
 * }</pre>
 */
public final class SuiteInstaller {

  /** Where the corp admin authorizes the suite. */
  public static final String INSTALL_PAGE = "https://open.work.weixin.qq.com/3rdapp/install";

  private final WeComClient suiteClient;
  private final String suiteId;
  private final InstallationStore store;
  private final Clock clock;
  private final Map<String, Entry> clients = new ConcurrentHashMap<>();

  private record Entry(Installation installation, WeComClient client) {}

  private SuiteInstaller(WeComClient suiteClient, InstallationStore store, Clock clock) {
    this.suiteClient = Objects.requireNonNull(suiteClient, "suiteClient");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.suiteId = suiteClient.suiteId().orElseThrow(() -> new IllegalArgumentException(
        "SuiteInstaller needs a suite client, built with suite(suiteId, suiteSecret, tickets)"));
    if (suiteClient.tokenProvider(TokenKind.SUITE_ACCESS_TOKEN).isEmpty()) {
      throw new IllegalArgumentException("the client of suite " + suiteId + " has no suite_access_token");
    }
  }

  /** An installer for the suite of {@code suiteClient}, keeping installations in {@code store}. */
  public static SuiteInstaller of(WeComClient suiteClient, InstallationStore store) {
    return new SuiteInstaller(suiteClient, store, Clock.systemUTC());
  }

  /** As {@link #of(WeComClient, InstallationStore)}, reading the time of expiry from {@code clock}. */
  public static SuiteInstaller of(WeComClient suiteClient, InstallationStore store, Clock clock) {
    return new SuiteInstaller(suiteClient, store, clock);
  }

  /** The suite this installer installs. */
  public String suiteId() {
    return suiteId;
  }

  /** A new pre-authorization code (get_pre_auth_code), valid for the time WeCom gives (20 minutes). */
  public PreAuthCode preAuthCode() {
    GetPreAuthCodeResponse answer = authorization().getPreAuthCode();
    long seconds = answer.getExpiresIn() == null ? 1200 : answer.getExpiresIn();
    return new PreAuthCode(answer.getPreAuthCode(), clock.instant().plus(Duration.ofSeconds(seconds)));
  }

  /**
   * Marks the session of {@code code} as a test authorization (set_session_info with auth_type 1), as an app that
   * is not yet published must be installed; {@code formal} false is that, true a formal one.
   */
  public void setAuthType(PreAuthCode code, boolean formal) {
    authorization().setSessionInfo(new SetSessionInfoRequest().preAuthCode(code.code())
        .sessionInfo(new SuiteSessionInfo().authType(SuiteSessionInfo.AuthTypeEnum.fromValue(formal ? 0 : 1))));
  }

  /**
   * The link a corp admin opens to install the suite: WeCom's install page with the suite id and {@code code}; after
   * authorizing, the browser goes to {@code redirectUri} with {@code auth_code} and {@code state}.
   *
   * @param state returned unchanged to {@code redirectUri} and in the install callback; letters and digits, at most
   *     128 bytes; {@code null} for none
   */
  public URI installLink(PreAuthCode code, URI redirectUri, String state) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    if (state != null && !state.matches("[A-Za-z0-9_-]{0,128}")) {
      throw new IllegalArgumentException("state may hold letters, digits, '-' and '_' only, at most 128: " + state);
    }
    return URI.create(INSTALL_PAGE + "?suite_id=" + encode(suiteId) + "&pre_auth_code=" + encode(code.code())
        + "&redirect_uri=" + encode(redirectUri.toString()) + (state == null ? "" : "&state=" + encode(state)));
  }

  /**
   * Completes an install: exchanges the auth code of the install callback (create_auth) or redirect for the corp's
   * permanent code (v2/get_permanent_code), reads the app's agent id (v2/get_auth_info), keeps the installation and
   * returns it. The auth code is single-use and lasts 10 minutes.
   *
   * @throws InstallationNotStoredException when the store fails after WeCom issued the permanent code; it carries
   *     the installation
   * @throws io.wecom.client.error.WeComException when WeCom refuses the code (40078 for a used or unknown one)
   */
  public Installation install(String authCode) {
    if (authCode == null || authCode.isBlank()) {
      throw new IllegalArgumentException("authCode must not be blank");
    }
    GetPermanentCodeResponse granted = authorization().getPermanentCodeV2(new GetPermanentCodeRequest()
        .authCode(authCode.strip()));
    AuthCorpInfo corp = granted.getAuthCorpInfo();
    if (corp == null || corp.getCorpid() == null || granted.getPermanentCode() == null) {
      throw new IllegalStateException("get_permanent_code answered without auth_corp_info.corpid or permanent_code");
    }
    Installation partial = new Installation(suiteId, corp.getCorpid(), corp.getCorpName(), null,
        granted.getPermanentCode());
    Installation installation;
    try {
      installation = withAgent(partial, authInfo(partial));
    } catch (RuntimeException e) {
      keep(partial, e);
      throw e;
    }
    keep(installation, null);
    clients.remove(installation.authCorpId());
    return installation;
  }

  /** The authorization details of an installed corp, fresh from v2/get_auth_info. */
  public GetAuthInfoResponse authInfo(String authCorpId) {
    return authInfo(installation(authCorpId));
  }

  /** The installation of {@code authCorpId}. */
  public Installation installation(String authCorpId) {
    return store.find(suiteId, authCorpId).orElseThrow(() -> new InstallationNotFoundException(suiteId, authCorpId));
  }

  /** Every installation of the suite in the store. */
  public List<Installation> installations() {
    return store.list(suiteId);
  }

  /**
   * A client for an installed corp, with the suite's settings and its suite_access_token; the same one on each call
   * until the corp is installed again or uninstalled.
   *
   * @throws InstallationNotFoundException when the store has no installation of the corp
   */
  public WeComClient clientFor(String authCorpId) {
    Entry entry = clients.get(authCorpId);
    if (entry != null) {
      return entry.client();
    }
    Installation installation = installation(authCorpId);
    WeComClient client = installation.agentId() == null
        ? suiteClient.forAuthorizedCorp(installation.authCorpId(), installation.permanentCode())
        : suiteClient.forAuthorizedCorp(installation.authCorpId(), installation.permanentCode(),
            Math.toIntExact(installation.agentId()));
    return clients.computeIfAbsent(authCorpId, k -> new Entry(installation, client)).client();
  }

  /** Forgets an installation, as on the cancel_auth callback: the store drops it and no client is given for it. */
  public void uninstall(String authCorpId) {
    store.remove(suiteId, authCorpId);
    clients.remove(authCorpId);
  }

  private GetAuthInfoResponse authInfo(Installation installation) {
    return authorization().getAuthInfoV2(new GetAuthInfoRequest().authCorpid(installation.authCorpId())
        .permanentCode(installation.permanentCode()));
  }

  private static Installation withAgent(Installation installation, GetAuthInfoResponse info) {
    List<AuthCorpAgent> agents = info.getAuthInfo() == null ? null : info.getAuthInfo().getAgent();
    Long agentId = agents == null || agents.isEmpty() ? null : agents.get(0).getAgentid();
    String corpName = installation.corpName() != null || info.getAuthCorpInfo() == null ? installation.corpName()
        : info.getAuthCorpInfo().getCorpName();
    return new Installation(installation.suiteId(), installation.authCorpId(), corpName, agentId,
        installation.permanentCode());
  }

  private void keep(Installation installation, RuntimeException earlier) {
    try {
      store.save(installation);
    } catch (RuntimeException e) {
      if (earlier != null) {
        e.addSuppressed(earlier);
      }
      throw new InstallationNotStoredException(installation, e);
    }
  }

  private AppAuthorizationApi authorization() {
    return suiteClient.appAuthorization();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SuiteInstaller[suiteId=" + suiteId + ", store=" + store + "]";
  }
}
