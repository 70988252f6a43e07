package io.wecom.sandbox;

import io.wecom.sandbox.internal.Contacts;
import io.wecom.sandbox.internal.Faults;
import io.wecom.sandbox.internal.Tokens;
import java.time.Duration;

/**
 * Scenario controls of a running sandbox: expire tokens, script errcodes and broken answers for the next calls of
 * an operation, add latency, enforce quotas. Operation {@code "*"} means every operation. Every method returns this
 * scenario, so calls chain.
 */
public final class Scenario {

  private final Faults faults;
  private final Tokens tokens;
  private final Contacts contacts;

  Scenario(Faults faults, Tokens tokens, Contacts contacts) {
    this.faults = faults;
    this.tokens = tokens;
    this.contacts = contacts;
  }

  /** Every token issued so far is expired now: calls get 42001 (42009 for suite tokens). */
  public Scenario expireAllTokens() {
    tokens.expireAll();
    return this;
  }

  /** Tokens issued from now on last {@code ttl}. */
  public Scenario tokenTtl(Duration ttl) {
    tokens.ttl(ttl);
    return this;
  }

  /** The next {@code times} calls of {@code operationId} get errcode {@code errcode}. */
  public Scenario failNext(String operationId, int errcode, int times) {
    faults.next(operationId, new Faults.Fault.Errcode(errcode, "scripted error " + errcode), times);
    return this;
  }

  /** The next {@code times} calls of {@code operationId} have their connection closed with no answer. */
  public Scenario resetNext(String operationId, int times) {
    faults.next(operationId, new Faults.Fault.Reset(), times);
    return this;
  }

  /** The next {@code times} calls of {@code operationId} get an HTML 502 page. */
  public Scenario badGatewayNext(String operationId, int times) {
    faults.next(operationId, new Faults.Fault.HtmlBadGateway(), times);
    return this;
  }

  /** The next {@code times} calls of {@code operationId} get half a body, then the connection closes. */
  public Scenario truncateNext(String operationId, int times) {
    faults.next(operationId, new Faults.Fault.Truncate(), times);
    return this;
  }

  /** Every call of {@code operationId} waits {@code delay} before it is answered; zero removes the latency. */
  public Scenario latency(String operationId, Duration delay) {
    faults.latency(operationId, delay);
    return this;
  }

  /** More than {@code limit} calls of {@code operationId} in a clock minute get 45009; 0 removes the quota. */
  public Scenario quotaPerMinute(String operationId, int limit) {
    faults.quotaPerMinute(operationId, limit);
    return this;
  }

  /** Removes every scripted fault, latency and quota. */
  public Scenario clearFaults() {
    faults.clear();
    return this;
  }

  /** Puts departments, members and tags back to the seed. */
  public Scenario resetContacts() {
    contacts.reset();
    return this;
  }
}
