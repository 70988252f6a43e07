package io.wecom.client.token.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wecom.client.install.InMemoryInstallationStore;
import io.wecom.client.install.Installation;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.token.redis.internal.OutageGuard;
import io.wecom.client.token.redis.internal.RedisLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link InstallationStore} on Redis, shared by every instance of the app: one hash per suite,
 * {@code <keyPrefix>wecom:installations:<suiteId>}, a field per installed corp. Entries never expire: a permanent
 * code lasts until the corp uninstalls the suite.
 *
 * <p>A save always goes to Redis, whatever {@link RedisTokenStoreConfig#whenUnavailable()} says: when Redis cannot
 * take it, {@link io.wecom.client.error.TokenStoreUnavailableException} is thrown (and
 * {@link io.wecom.client.install.SuiteInstaller} hands the installation back to the caller) rather than the permanent
 * code living in one process only. Reads follow the policy: with
 * {@link RedisTokenStoreConfig.WhenUnavailable#LOCAL_FALLBACK} an outage answers from what this instance saved or
 * read before.
 */
public final class RedisInstallationStore implements InstallationStore, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RedisLink redis;
  private final String keyPrefix;
  private final OutageGuard guard;
  private final InMemoryInstallationStore local = new InMemoryInstallationStore();

  private RedisInstallationStore(RedisLink redis, RedisTokenStoreConfig config) {
    this.redis = redis;
    this.keyPrefix = config.keyPrefix() + "wecom:installations:";
    this.guard = new OutageGuard(config.whenUnavailable(), "Redis installation store");
  }

  /** A store with its own connection to {@code uri}, closed by {@link #close()}. */
  public static RedisInstallationStore create(RedisURI uri, RedisTokenStoreConfig config) {
    Objects.requireNonNull(uri, "uri");
    return new RedisInstallationStore(RedisLink.open(uri, config), config);
  }

  /** A store on the caller's connection, which {@link #close()} leaves open. */
  public static RedisInstallationStore using(StatefulRedisConnection<String, String> connection,
      RedisTokenStoreConfig config) {
    Objects.requireNonNull(connection, "connection");
    return new RedisInstallationStore(RedisLink.over(connection, config), config);
  }

  @Override
  public void save(Installation installation) {
    String key = key(installation.suiteId());
    redis.call("saveInstallation", key, c -> c.hset(key, installation.authCorpId(), write(installation)));
    local.save(installation);
  }

  @Override
  public Optional<Installation> find(String suiteId, String authCorpId) {
    String key = key(suiteId);
    return guard.call(() -> {
      String value = redis.call("findInstallation", key, c -> c.hget(key, authCorpId));
      Optional<Installation> found = Optional.ofNullable(value).map(v -> read(suiteId, authCorpId, v));
      found.ifPresentOrElse(local::save, () -> local.remove(suiteId, authCorpId));
      return found;
    }, () -> local.find(suiteId, authCorpId));
  }

  @Override
  public void remove(String suiteId, String authCorpId) {
    String key = key(suiteId);
    redis.call("removeInstallation", key, c -> c.hdel(key, authCorpId));
    local.remove(suiteId, authCorpId);
  }

  @Override
  public List<Installation> list(String suiteId) {
    String key = key(suiteId);
    return guard.call(() -> {
      Map<String, String> all = redis.call("listInstallations", key, c -> c.hgetall(key));
      List<Installation> installations = new ArrayList<>();
      all.forEach((corp, value) -> installations.add(read(suiteId, corp, value)));
      return List.copyOf(installations);
    }, () -> local.list(suiteId));
  }

  private String key(String suiteId) {
    if (suiteId == null || suiteId.isBlank()) {
      throw new IllegalArgumentException("suiteId must not be blank");
    }
    return keyPrefix + suiteId.strip();
  }

  private static String write(Installation installation) {
    ObjectNode value = JSON.createObjectNode().put("permanent_code", installation.permanentCode());
    if (installation.corpName() != null) {
      value.put("corp_name", installation.corpName());
    }
    if (installation.agentId() != null) {
      value.put("agentid", installation.agentId());
    }
    return value.toString();
  }

  private static Installation read(String suiteId, String authCorpId, String value) {
    try {
      JsonNode node = JSON.readTree(value);
      return new Installation(suiteId, authCorpId, node.path("corp_name").textValue(),
          node.hasNonNull("agentid") ? node.get("agentid").asLong() : null, node.path("permanent_code").textValue());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("the installation of suite " + suiteId + " in corp " + authCorpId
          + " in Redis is not one this store wrote", null);
    }
  }

  /** Closes the connection this store opened; a connection given to {@link #using} stays open. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisInstallationStore[keys=" + keyPrefix + "<suiteId>]";
  }
}
