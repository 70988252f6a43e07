package io.wecom.cli;

import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.PermissionDeniedException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.RequestValidationException;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTransportException;

/**
 * The exit code of each kind of failure, and the one line that tells the user about it: the client's exceptions
 * with their errcode, errmsg and hint, which never hold a secret.
 */
final class Failures {

  static final int OK = 0;
  static final int OTHER = 1;
  static final int USAGE = 2;
  static final int CREDENTIALS = 3;
  static final int RATE_LIMITED = 4;
  static final int TRANSPORT = 5;

  private Failures() {}

  static int exitCode(Throwable e) {
    if (e instanceof CliException cli) {
      return cli.exitCode();
    }
    if (e instanceof RequestValidationException) {
      return USAGE;
    }
    if (e instanceof TokenInvalidException || e instanceof InvalidCredentialException) {
      return CREDENTIALS;
    }
    if (e instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (e instanceof WeComTransportException) {
      return TRANSPORT;
    }
    return OTHER;
  }

  /** The line for a failure of command {@code command} (e.g. {@code wecom send text}). */
  static String describe(Throwable e, String command) {
    if (e instanceof CliException && exitCode(e) == USAGE) {
      return usageLine(e.getMessage(), command);
    }
    String text;
    if (e instanceof RequestValidationException) {
      text = "not sent, the request breaks a WeCom limit: " + e.getMessage();
    } else if (e instanceof WeComException wecom && wecom.errcode() != null) {
      text = wecom.operation() + " failed with " + e.getClass().getSimpleName() + ": errcode=" + wecom.errcode()
          + " errmsg=\"" + wecom.errmsg() + "\"" + (wecom.hint() == null ? "" : " hint=" + wecom.hint())
          + advice(wecom);
    } else if (e instanceof WeComException) {
      text = e.getMessage() + " (" + e.getClass().getSimpleName() + ")";
    } else if (e instanceof CliException) {
      text = e.getMessage();
    } else {
      text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return oneLine("wecom: " + text);
  }

  /** The line for wrong input, pointing at the command's help. */
  static String usageLine(String problem, String command) {
    return oneLine("wecom: " + problem + " (see '" + command + " --help')");
  }

  private static String advice(WeComException e) {
    if (e instanceof InvalidCredentialException) {
      return "; check the corp id and secret (WECOM_CORP_ID, WECOM_SECRET or the config file)";
    }
    if (e instanceof TokenInvalidException) {
      return "; the token was rejected again after a refresh: is another process resetting the secret?";
    }
    if (e instanceof RateLimitedException limited) {
      return limited.penalty().map(p -> "; rate limited, WeCom blocks further calls for " + p).orElse("; slow down");
    }
    if (e instanceof PermissionDeniedException && e.fromIp() != null) {
      return "; WeCom saw the call from " + e.fromIp();
    }
    return "";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
