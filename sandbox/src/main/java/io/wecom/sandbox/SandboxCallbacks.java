package io.wecom.sandbox;

import io.wecom.callbacks.CallbackPusher;
import io.wecom.sandbox.internal.SuiteInstalls;
import io.wecom.sandbox.internal.SuiteTickets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The sandbox playing WeCom's callback side against one app's callback URL: it verifies the URL and pushes signed,
 * encrypted callbacks, exactly as WeCom does. A pushed suite_ticket becomes the one the sandbox's get_suite_token
 * accepts, so the whole third-party loop runs locally.
 */
public final class SandboxCallbacks {

  private final URI url;
  private final String token;
  private final String encodingAesKey;
  private final SuiteTickets tickets;
  private final SuiteInstalls installs;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final SecureRandom random = new SecureRandom();

  SandboxCallbacks(URI url, String token, String encodingAesKey, SuiteTickets tickets, SuiteInstalls installs,
      Clock clock) {
    this.installs = installs;
    this.url = url;
    this.token = token;
    this.encodingAesKey = encodingAesKey;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** Sends the URL-verification GET for {@code receiveId}; returns the app's answer, which must be {@code echo}. */
  public HttpResponse<String> verifyUrl(String receiveId, String echo) throws IOException, InterruptedException {
    return pusher(receiveId).verifyUrl(http, url, echo);
  }

  /**
   * Pushes a fresh suite_ticket to the app, as WeCom does every 10 minutes, and makes it the ticket get_suite_token
   * accepts for {@code suiteId}.
   *
   * @return the ticket pushed
   * @throws IllegalStateException when the app does not answer 200 "success"
   */
  public String pushSuiteTicket(String suiteId) throws IOException, InterruptedException {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String ticket = "SANDBOX_TICKET_" + HexFormat.of().formatHex(bytes);
    tickets.pushed(suiteId, ticket);
    String xml = "<xml><SuiteId><![CDATA[" + suiteId + "]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType>"
        + "<TimeStamp>" + clock.instant().getEpochSecond() + "</TimeStamp><SuiteTicket><![CDATA[" + ticket
        + "]]></SuiteTicket></xml>";
    expectSuccess(push(suiteId, xml), "suite_ticket");
    return ticket;
  }

  /**
   * A corp admin installs {@code suiteId} (authorizes it on WeCom's install page): the sandbox hands out a single-use
   * auth code, valid 10 minutes, and pushes it to the app in the create_auth callback, as WeCom does; the app then
   * exchanges it at get_permanent_code.
   *
   * @param state the state of the install link, or {@code null}
   * @return the auth code pushed
   * @throws IllegalStateException when the app does not answer 200 "success"
   */
  public String install(String suiteId, String authCorpId, String corpName, String state)
      throws IOException, InterruptedException {
    String authCode = installs.authorize(suiteId, authCorpId, corpName, state);
    String xml = "<xml><SuiteId><![CDATA[" + suiteId + "]]></SuiteId><AuthCode><![CDATA[" + authCode
        + "]]></AuthCode><InfoType><![CDATA[create_auth]]></InfoType><TimeStamp>" + clock.instant().getEpochSecond()
        + "</TimeStamp>" + (state == null ? "" : "<State><![CDATA[" + state + "]]></State>") + "</xml>";
    expectSuccess(push(suiteId, xml), "create_auth");
    return authCode;
  }

  /**
   * The corp uninstalls {@code suiteId}: its permanent code stops working at the sandbox, and the cancel_auth callback
   * is pushed to the app.
   *
   * @throws IllegalStateException when the app does not answer 200 "success"
   */
  public void uninstall(String suiteId, String authCorpId) throws IOException, InterruptedException {
    installs.uninstall(authCorpId);
    String xml = "<xml><SuiteId><![CDATA[" + suiteId + "]]></SuiteId><InfoType><![CDATA[cancel_auth]]></InfoType>"
        + "<TimeStamp>" + clock.instant().getEpochSecond() + "</TimeStamp><AuthCorpId><![CDATA[" + authCorpId
        + "]]></AuthCorpId></xml>";
    expectSuccess(push(suiteId, xml), "cancel_auth");
  }

  private void expectSuccess(HttpResponse<String> answer, String infoType) {
    if (answer.statusCode() != 200 || !"success".equals(answer.body().strip())) {
      throw new IllegalStateException("the app at " + url + " answered the " + infoType + " callback with HTTP "
          + answer.statusCode() + " '" + answer.body() + "'; WeCom expects 200 'success'");
    }
  }

  /** Pushes any callback XML, encrypted for {@code receiveId} (a corp id, or a suite id for suite callbacks). */
  public HttpResponse<String> push(String receiveId, String xml) throws IOException, InterruptedException {
    return pusher(receiveId).push(http, url, xml);
  }

  private CallbackPusher pusher(String receiveId) {
    return CallbackPusher.of(token, encodingAesKey, receiveId).withClock(clock);
  }

  @Override
  public String toString() {
    return "SandboxCallbacks[" + url + ", token=***, encodingAesKey=***]";
  }
}
