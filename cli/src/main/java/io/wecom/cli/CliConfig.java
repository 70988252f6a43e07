package io.wecom.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the command line sends its calls and with which credentials: the corp id, secret, agent id and base URL,
 * read from a properties file ({@code corp-id}, {@code secret}, {@code agent-id}, {@code base-url}) and overridden
 * by the environment ({@code WECOM_CORP_ID}, {@code WECOM_SECRET}, {@code WECOM_AGENT_ID}, {@code WECOM_BASE_URL});
 * for the operations that need other tokens also the message-archive secret, a third-party suite (id, secret,
 * ticket), a service provider (corp id, secret), a corp that authorized the suite (corp id, permanent code) and a
 * group robot's key (see {@link #KEYS}). Without credentials the commands run against an embedded sandbox.
 * {@link #toString()} never shows a secret.
 */
final class CliConfig {

  static final String DEFAULT_FILE = ".wecom.properties";
  /** The config file's keys and the environment variables that override them. */
  static final Map<String, String> KEYS = Map.ofEntries(Map.entry("corp-id", "WECOM_CORP_ID"),
      Map.entry("secret", "WECOM_SECRET"), Map.entry("agent-id", "WECOM_AGENT_ID"),
      Map.entry("base-url", "WECOM_BASE_URL"), Map.entry("msgaudit-secret", "WECOM_MSGAUDIT_SECRET"),
      Map.entry("suite-id", "WECOM_SUITE_ID"), Map.entry("suite-secret", "WECOM_SUITE_SECRET"),
      Map.entry("suite-ticket", "WECOM_SUITE_TICKET"), Map.entry("provider-corp-id", "WECOM_PROVIDER_CORP_ID"),
      Map.entry("provider-secret", "WECOM_PROVIDER_SECRET"), Map.entry("auth-corp-id", "WECOM_AUTH_CORP_ID"),
      Map.entry("permanent-code", "WECOM_PERMANENT_CODE"), Map.entry("webhook-key", "WECOM_WEBHOOK_KEY"));

  private final String corpId;
  private final String secret;
  private final Long agentId;
  private final String baseUrl;
  private final Map<String, String> values;

  private CliConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
    together(values, "suite-id", "suite-secret", "suite-ticket");
    together(values, "provider-corp-id", "provider-secret");
    together(values, "auth-corp-id", "permanent-code");
    if (values.containsKey("auth-corp-id") && !values.containsKey("suite-id")) {
      throw CliException.credentials("an authorized corp (auth-corp-id) needs the suite it authorized: set suite-id, "
          + "suite-secret and suite-ticket (WECOM_SUITE_*)");
    }
    if (values.containsKey("msgaudit-secret") && !values.containsKey("corp-id")) {
      throw CliException.credentials("a message-archive secret needs the corp id (WECOM_CORP_ID or corp-id)");
    }
    this.corpId = values.get("corp-id");
    this.secret = values.get("secret");
    this.agentId = agentId(values.get("agent-id"));
    this.baseUrl = baseUrl(values.get("base-url"));
    if ((corpId == null) != (secret == null) && !values.containsKey("msgaudit-secret")
        && !values.containsKey("auth-corp-id")) {
      throw CliException.credentials(corpId == null ? "a secret is configured but no corp id (WECOM_CORP_ID or corp-id)"
          : "a corp id is configured but no secret (WECOM_SECRET or secret)");
    }
    if (!hasCredentials() && baseUrl != null) {
      throw CliException.credentials("a base URL is configured but no credentials: set WECOM_CORP_ID and WECOM_SECRET "
          + "(any values work against a sandbox), or unset it to run against an embedded sandbox");
    }
  }

  /**
   * Reads {@code file} (which must exist) or, when it is null, {@code ~/.wecom.properties} if there is one, then
   * the environment over it.
   */
  static CliConfig load(Path file, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional.ofNullable(file).or(() -> defaultFile(env)).ifPresent(f -> values.putAll(read(f, file != null)));
    KEYS.forEach((key, variable) -> {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        values.put(key, value.strip());
      }
    });
    return new CliConfig(values);
  }

  boolean hasCredentials() {
    return corpId != null || values.containsKey("suite-id") || values.containsKey("provider-corp-id")
        || values.containsKey("webhook-key");
  }

  /** A credential setting by its config key ({@code suite-id}, {@code webhook-key}, ...). */
  Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  private static void together(Map<String, String> values, String... keys) {
    long set = java.util.Arrays.stream(keys).filter(values::containsKey).count();
    if (set != 0 && set != keys.length) {
      throw CliException.credentials("set all of " + java.util.Arrays.stream(keys).map(CliConfig::describe).toList()
          + " or none");
    }
  }

  /** A setting as messages name it: its config key and its environment variable, {@code suite-id (WECOM_SUITE_ID)}. */
  static String describe(String key) {
    return key + " (" + KEYS.get(key) + ")";
  }

  String corpId() {
    return corpId;
  }

  String secret() {
    return secret;
  }

  Optional<Long> agentId() {
    return Optional.ofNullable(agentId);
  }

  Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  private static Optional<Path> defaultFile(Map<String, String> env) {
    return Optional.ofNullable(env.get("HOME")).or(() -> Optional.ofNullable(env.get("USERPROFILE")))
        .map(home -> Path.of(home, DEFAULT_FILE)).filter(Files::isRegularFile);
  }

  private static Map<String, String> read(Path file, boolean explicit) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw CliException.usage("cannot read the config file " + file + (explicit ? "" : " (the default)") + ": "
          + e.getClass().getSimpleName());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.containsKey(key)) {
        throw CliException.usage("config file " + file + ": unknown key '" + key + "'; the keys are "
            + KEYS.keySet().stream().sorted().toList());
      }
      String value = properties.getProperty(key).strip();
      if (!value.isEmpty()) {
        values.put(key, value);
      }
    }
    return values;
  }

  private static Long agentId(String value) {
    if (value == null) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw CliException.usage("the agent id (WECOM_AGENT_ID or agent-id) must be a positive number, was '" + value + "'");
  }

  private static String baseUrl(String value) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = URI.create(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return value;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw CliException.usage("the base URL (WECOM_BASE_URL or base-url) must be an http(s) URL, was '" + value + "'");
  }

  @Override
  public String toString() {
    return "CliConfig[corpId=" + corpId + ", agentId=" + agentId + ", baseUrl=" + baseUrl
        + (secret == null ? "" : ", secret=***")
        + values.keySet().stream().filter(k -> !java.util.Set.of("corp-id", "secret", "agent-id", "base-url")
            .contains(k)).sorted().map(k -> ", " + k + "=" + (k.endsWith("-id") ? values.get(k) : "***"))
            .collect(java.util.stream.Collectors.joining()) + "]";
  }
}
