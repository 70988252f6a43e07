package io.wecom.client.internal;

import io.wecom.client.api.AppAuthorizationApi;
import io.wecom.client.api.BasicsApi;
import io.wecom.client.api.HardwareApi;
import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.model.GetCorpTokenRequest;
import io.wecom.client.model.GetDeviceTokenRequest;
import io.wecom.client.model.GetHardwareModelTokenRequest;
import io.wecom.client.model.GetProviderTokenRequest;
import io.wecom.client.model.GetSuiteTokenRequest;
import io.wecom.client.token.ModelTicketSource;
import io.wecom.client.token.SuiteTicketSource;
import java.time.Duration;

/** The calls to WeCom's token endpoints, one {@link CachingTokenProvider.Fetcher} per token kind. */
public final class TokenFetchers {

  private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(7200);

  private final BasicsApi basics;
  private final AppAuthorizationApi api;
  private final HardwareApi hardware;

  public TokenFetchers(BasicsApi basics, AppAuthorizationApi appAuthorization, HardwareApi hardware) {
    this.basics = basics;
    this.api = appAuthorization;
    this.hardware = hardware;
  }

  /** gettoken with a corp id and an app secret (also the message-archive secret). */
  public CachingTokenProvider.Fetcher corp(String corpId, String secret) {
    return () -> {
      var answer = basics.getToken(corpId, secret);
      return fetched("getToken", answer.getAccessToken(), answer.getExpiresIn());
    };
  }

  /** get_suite_token with the suite's id, secret and latest ticket. */
  public CachingTokenProvider.Fetcher suite(String suiteId, String suiteSecret, SuiteTicketSource tickets) {
    return () -> {
      String ticket = tickets.currentTicket();
      if (ticket == null || ticket.isBlank()) {
        throw new IllegalStateException("no suite_ticket yet for suite " + suiteId
            + ": WeCom pushes one to the callback URL every 10 minutes; store it where the SuiteTicketSource reads");
      }
      var answer = api.getSuiteToken(new GetSuiteTokenRequest().suiteId(suiteId).suiteSecret(suiteSecret)
          .suiteTicket(ticket));
      return fetched("getSuiteToken", answer.getSuiteAccessToken(), answer.getExpiresIn());
    };
  }

  /** get_provider_token with the provider's corp id and secret. */
  public CachingTokenProvider.Fetcher provider(String corpId, String providerSecret) {
    return () -> {
      var answer = api.getProviderToken(new GetProviderTokenRequest().corpid(corpId).providerSecret(providerSecret));
      return fetched("getProviderToken", answer.getProviderAccessToken(), answer.getExpiresIn());
    };
  }

  /** get_corp_token for a corp that authorized the suite; the call itself carries the suite_access_token. */
  public CachingTokenProvider.Fetcher authorizedCorp(String authCorpId, String permanentCode) {
    return () -> {
      var answer = api.getCorpToken(new GetCorpTokenRequest().authCorpid(authCorpId).permanentCode(permanentCode));
      return fetched("getCorpToken", answer.getAccessToken(), answer.getExpiresIn());
    };
  }

  /** openhw/get_model_token with a device model's id, secret and latest model_ticket. */
  public CachingTokenProvider.Fetcher model(String modelId, String modelSecret, ModelTicketSource tickets) {
    return () -> {
      String ticket = tickets.currentTicket();
      if (ticket == null || ticket.isBlank()) {
        throw new IllegalStateException("no model_ticket yet for device model " + modelId
            + ": WeCom pushes one to the model's callback URL every 10 minutes; store it where the ModelTicketSource"
            + " reads");
      }
      var answer = hardware.getHardwareModelToken(new GetHardwareModelTokenRequest().modelId(modelId)
          .modelSecret(modelSecret).modelTicket(ticket));
      return fetched("getHardwareModelToken", answer.getModelAccessToken(), answer.getExpiresIn());
    };
  }

  /** openhw/get_device_token with a device's serial number and secret; the call carries the model_access_token. */
  public CachingTokenProvider.Fetcher device(String deviceSn, String deviceSecret) {
    return () -> {
      var answer = hardware.getDeviceToken(new GetDeviceTokenRequest().deviceSn(deviceSn).deviceSecret(deviceSecret));
      return fetched("getDeviceToken", answer.getDeviceAccessToken(), answer.getExpiresIn());
    };
  }

  private static CachingTokenProvider.Fetched fetched(String operation, String token, Integer expiresIn) {
    if (token == null || token.isEmpty()) {
      throw new WeComTransportException(new WeComException.Details(0, null, null, null, operation, 200),
          operation + " answered errcode 0 but no token", "", true, null);
    }
    Duration lifetime = expiresIn == null || expiresIn <= 0 ? DEFAULT_LIFETIME : Duration.ofSeconds(expiresIn);
    return new CachingTokenProvider.Fetched(token, lifetime);
  }
}
