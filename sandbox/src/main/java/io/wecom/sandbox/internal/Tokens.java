package io.wecom.sandbox.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the sandbox issued, with their kind, app and expiry, and WeCom's answer to a call that carries one:
 * 41001/41022 when missing, 40014/40082 when unknown or of another kind, 42001/42009 when expired, 48002 when an
 * archive operation gets an ordinary token.
 */
public final class Tokens {

  private record Issued(String kind, String app, Instant expiresAt) {}

  /** Why a token was refused: WeCom's errcode and errmsg. */
  public record Refusal(int errcode, String errmsg) {}

  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private volatile Duration ttl;

  public Tokens(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  public Duration ttl() {
    return ttl;
  }

  public void ttl(Duration ttl) {
    this.ttl = ttl;
  }

  /** A new token of {@code kind} (minted for {@code app}, or null), valid for the current TTL. */
  public String issue(String kind, String app) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = prefix(kind) + HexFormat.of().formatHex(bytes);
    issued.put(token, new Issued(kind, app, clock.instant().plus(ttl)));
    return token;
  }

  /** Every token issued so far stops working now. */
  public void expireAll() {
    Instant now = clock.instant();
    issued.replaceAll((token, t) -> new Issued(t.kind(), t.app(), now));
  }

  /** {@code null} when {@code token} may call an operation needing {@code kind} (and {@code app}); else why not. */
  public Refusal check(String token, String kind, String app) {
    boolean suite = kind.equals("suite_access_token");
    boolean provider = kind.equals("provider_access_token");
    if (token == null || token.isEmpty()) {
      return suite ? new Refusal(41022, "missing suite_access_token")
          : provider ? new Refusal(41001, "missing provider_access_token")
          : new Refusal(41001, "access_token missing");
    }
    Issued t = issued.get(token);
    if (t == null || !t.kind().equals(kind)) {
      return suite || provider ? new Refusal(40082, "invalid suite_token or provider_access_token")
          : new Refusal(40014, "invalid access_token");
    }
    if (!clock.instant().isBefore(t.expiresAt())) {
      return suite ? new Refusal(42009, "suite_access_token expired")
          : provider ? new Refusal(40082, "provider_access_token expired")
          : new Refusal(42001, "access_token expired");
    }
    if (app != null && !app.equals(t.app())) {
      return new Refusal(48002, "api forbidden: this API needs an access_token of the " + app + " secret");
    }
    return null;
  }

  private static String prefix(String kind) {
    return switch (kind) {
      case "suite_access_token" -> "SUITE_";
      case "provider_access_token" -> "PROVIDER_";
      default -> "ACCESS_";
    };
  }
}
