package io.wecom.callbacks;

import io.wecom.callbacks.CallbackVerificationException.Reason;
import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.SuiteTicketEvent;
import io.wecom.callbacks.internal.CallbackXml;
import io.wecom.callbacks.internal.EventParser;
import io.wecom.callbacks.internal.MsgCrypt;
import io.wecom.callbacks.internal.MsgSignature;
import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.client.token.SuiteTicketStore;
import java.time.Duration;
import java.util.Objects;

/**
 * The receiving end of a WeCom callback URL, free of any web framework: hand it the query parameters and the body
 * of each request. Of the body it reads only the Encrypt element, then checks the signature (in constant time) and
 * the timestamp against the replay window, decrypts, checks the receiveid, and only then parses the message; a
 * request failing any check gets a {@link CallbackVerificationException}. A suite_ticket it receives is written to
 * its {@link SuiteTicketStore}, where a {@code WeComClient} built with {@code .suite(suiteId, suiteSecret, store)}
 * reads it. Immutable and thread-safe.
 */
public final class WeComCallbackHandler {

  private final CallbackConfig config;
  private final SuiteTicketStore tickets;
  private final MsgCrypt crypt;

  private WeComCallbackHandler(CallbackConfig config, SuiteTicketStore tickets) {
    this.config = Objects.requireNonNull(config, "config");
    this.tickets = Objects.requireNonNull(tickets, "suiteTicketStore");
    this.crypt = new MsgCrypt(config.aesKey());
  }

  /** A handler keeping suite_tickets in a new {@link InMemorySuiteTicketStore}. */
  public static WeComCallbackHandler of(CallbackConfig config) {
    return new WeComCallbackHandler(config, new InMemorySuiteTicketStore());
  }

  /** A handler writing suite_tickets to {@code tickets}, e.g. a store shared by every instance of the app. */
  public static WeComCallbackHandler of(CallbackConfig config, SuiteTicketStore tickets) {
    return new WeComCallbackHandler(config, tickets);
  }

  /**
   * Answers WeCom's URL verification (the GET sent when the callback URL is saved): verifies the request and returns
   * the decrypted echostr, which must be the whole response body. Pass the query parameters URL-decoded.
   *
   * @throws CallbackVerificationException when the request does not verify
   */
  public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
    return open(msgSignature, timestamp, nonce, echostr);
  }

  /**
   * Verifies and decrypts a callback POST and returns its event; a suite_ticket is stored before this returns.
   * Answer WeCom with {@code success} (or an encrypted passive reply) quickly; do slow work after answering.
   *
   * @param body the request body: the XML envelope holding {@code Encrypt}
   * @throws CallbackVerificationException when the request does not verify or is not callback XML
   */
  public CallbackEvent handle(String msgSignature, String timestamp, String nonce, String body) {
    if (body == null || body.isBlank()) {
      throw new CallbackVerificationException(Reason.MISSING_PARAMETER, "the request body is empty");
    }
    CallbackEvent event = EventParser.parse(open(msgSignature, timestamp, nonce, CallbackXml.encryptOf(body)));
    if (event instanceof SuiteTicketEvent ticket) {
      tickets.store(ticket.suiteTicket());
    }
    return event;
  }

  /**
   * Encrypts and signs a passive reply for the one configured receiveid: the XML envelope with Encrypt,
   * MsgSignature, TimeStamp and Nonce. Reusing the request's timestamp and nonce is fine.
   *
   * @throws IllegalStateException when several receiveids are configured; use the four-argument form
   */
  public String encryptReply(String replyXml, String timestamp, String nonce) {
    String receiveId = config.soleReceiveId();
    if (receiveId == null) {
      throw new IllegalStateException("several receiveids are configured: pass the one to encrypt the reply for");
    }
    return encryptReply(replyXml, timestamp, nonce, receiveId);
  }

  /** Encrypts and signs a passive reply for {@code receiveId}, usually the corp id of the event being answered. */
  public String encryptReply(String replyXml, String timestamp, String nonce, String receiveId) {
    Objects.requireNonNull(replyXml, "replyXml");
    Objects.requireNonNull(receiveId, "receiveId");
    if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("timestamp must be seconds since the epoch, was " + timestamp);
    }
    if (nonce == null || nonce.isEmpty()) {
      throw new IllegalArgumentException("nonce must not be empty");
    }
    String encrypted = crypt.seal(replyXml, receiveId);
    return CallbackXml.replyEnvelope(encrypted, MsgSignature.sign(config.token(), timestamp, nonce, encrypted),
        timestamp, nonce);
  }

  /** The store suite_tickets are written to. */
  public SuiteTicketStore suiteTicketStore() {
    return tickets;
  }

  /** The settings this handler checks requests with. */
  public CallbackConfig config() {
    return config;
  }

  private String open(String msgSignature, String timestamp, String nonce, String encrypted) {
    present(msgSignature, "msg_signature");
    present(timestamp, "timestamp");
    present(nonce, "nonce");
    present(encrypted, "the encrypted text");
    if (!MsgSignature.matches(msgSignature, config.token(), timestamp, nonce, encrypted)) {
      throw new CallbackVerificationException(Reason.BAD_SIGNATURE,
          "msg_signature does not match the token, timestamp, nonce and encrypted text");
    }
    checkFresh(timestamp);
    MsgCrypt.Opened opened = crypt.open(encrypted);
    if (!config.accepts(opened.receiveId())) {
      throw new CallbackVerificationException(Reason.BAD_RECEIVE_ID, "the message is for receiveid '"
          + opened.receiveId() + "', not one of " + config.receiveIds() + " nor accepted by the receiveid filter");
    }
    return opened.message();
  }

  private void checkFresh(String timestamp) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 0) {
      throw new CallbackVerificationException(Reason.REPLAYED_TIMESTAMP, "timestamp is not a number of seconds");
    }
    long now = config.clock().instant().getEpochSecond();
    Duration off = Duration.ofSeconds(Math.abs(seconds - now));
    if (off.compareTo(config.replayWindow()) > 0) {
      throw new CallbackVerificationException(Reason.REPLAYED_TIMESTAMP, "timestamp " + seconds + " is " + off
          + " away from now (" + now + "), outside the replay window of " + config.replayWindow());
    }
  }

  private static void present(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new CallbackVerificationException(Reason.MISSING_PARAMETER, name + " is missing");
    }
  }

  @Override
  public String toString() {
    return "WeComCallbackHandler[" + config + ", suiteTicketStore=" + tickets + "]";
  }
}
