package io.wecom.client.error;

/**
 * Root of every exception the client throws. It carries what WeCom said (errcode, errmsg and the hint and caller
 * IP parsed from errmsg), the operationId of the call and the HTTP status, and never a secret or a token.
 * Catch a subclass to act on what the caller must do.
 */
public class WeComException extends RuntimeException {

  private final Integer errcode;
  private final String errmsg;
  private final String hint;
  private final String fromIp;
  private final String operation;
  private final int httpStatus;
  private final boolean requestSent;

  protected WeComException(Details details, String message, Throwable cause) {
    this(details, message, cause, true);
  }

  protected WeComException(Details details, String message, Throwable cause, boolean requestSent) {
    super(message, cause);
    this.requestSent = requestSent;
    this.errcode = details.errcode();
    this.errmsg = details.errmsg();
    this.hint = details.hint();
    this.fromIp = details.fromIp();
    this.operation = details.operation();
    this.httpStatus = details.httpStatus();
  }

  /** The WeCom errcode, or {@code null} when no WeCom answer was read (transport failures). */
  public Integer errcode() {
    return errcode;
  }

  /** The errmsg WeCom sent, or {@code null}. */
  public String errmsg() {
    return errmsg;
  }

  /** The request id after {@code hint:} in errmsg, to quote to WeCom support; {@code null} when absent. */
  public String hint() {
    return hint;
  }

  /** The caller's IP as WeCom saw it ({@code from ip:} in errmsg); useful for IP allow-list errors. */
  public String fromIp() {
    return fromIp;
  }

  /** The operationId of the failed call, e.g. {@code sendMessage}. */
  public String operation() {
    return operation;
  }

  /** The HTTP status of the answer, or 0 when none arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Whether the request may have reached WeCom. {@code false} only when it provably never left: the connection
   * failed before a byte was written, or the client refused it itself (circuit breaker open, client-side quota
   * used up, inside a penalty window, deadline passed before an attempt), so that repeating it cannot do anything
   * twice.
   */
  public boolean requestSent() {
    return requestSent;
  }

  /** What an exception knows of the failed call. */
  public record Details(Integer errcode, String errmsg, String hint, String fromIp, String operation, int httpStatus) {
  }
}
