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
 * by the environment ({@code WECOM_CORP_ID}, {@code WECOM_SECRET}, {@code WECOM_AGENT_ID}, {@code WECOM_BASE_URL}).
 * Without credentials the commands run against an embedded sandbox. {@link #toString()} never shows the secret.
 */
final class CliConfig {

  static final String DEFAULT_FILE = ".wecom.properties";
  private static final Map<String, String> KEYS = Map.of("corp-id", "WECOM_CORP_ID", "secret", "WECOM_SECRET",
      "agent-id", "WECOM_AGENT_ID", "base-url", "WECOM_BASE_URL");

  private final String corpId;
  private final String secret;
  private final Long agentId;
  private final String baseUrl;

  private CliConfig(Map<String, String> values) {
    this.corpId = values.get("corp-id");
    this.secret = values.get("secret");
    this.agentId = agentId(values.get("agent-id"));
    this.baseUrl = baseUrl(values.get("base-url"));
    if ((corpId == null) != (secret == null)) {
      throw CliException.credentials(corpId == null ? "a secret is configured but no corp id (WECOM_CORP_ID or corp-id)"
          : "a corp id is configured but no secret (WECOM_SECRET or secret)");
    }
    if (corpId == null && baseUrl != null) {
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
    return corpId != null;
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
        + (secret == null ? "" : ", secret=***") + "]";
  }
}
