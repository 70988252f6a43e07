package io.wecom.client.token.redis.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.token.redis.RedisTokenStoreConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One Redis connection and the rule that no call on it waits longer than the connect timeout for the connection
 * and the command timeout for the answer. The connection is either given (and stays the caller's to close) or
 * opened in the background from the start, and again on the next call while opening fails, so that an instance
 * starts while Redis is down; once open, Lettuce reconnects it by itself and rejects commands while disconnected.
 * Every failure surfaces as a {@link TokenStoreUnavailableException}.
 */
public final class RedisLink implements AutoCloseable {

  private final RedisClient client;
  private final RedisURI uri;
  private final Duration commandTimeout;
  private final Duration connectTimeout;
  private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, String>>> connection;

  private RedisLink(RedisClient client, RedisURI uri, RedisTokenStoreConfig config,
      CompletableFuture<StatefulRedisConnection<String, String>> connection) {
    this.client = client;
    this.uri = uri;
    this.commandTimeout = config.commandTimeout();
    this.connectTimeout = config.connectTimeout();
    this.connection = new AtomicReference<>(connection);
  }

  /** A link with its own connection to {@code uri}, opening now in the background, closed by {@link #close()}. */
  public static RedisLink open(RedisURI uri, RedisTokenStoreConfig config) {
    RedisClient client = RedisClient.create(uri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(config.connectTimeout()).build())
        .timeoutOptions(TimeoutOptions.enabled(config.commandTimeout()))
        .build());
    RedisLink link = new RedisLink(client, uri, config, null);
    link.connection();
    return link;
  }

  /** A link over the caller's connection, which {@link #close()} leaves open. */
  public static RedisLink over(StatefulRedisConnection<String, String> connection, RedisTokenStoreConfig config) {
    return new RedisLink(null, null, config, CompletableFuture.completedFuture(connection));
  }

  /**
   * Runs one command and waits for its answer: at most the connect timeout while the first connection opens, then
   * at most the command timeout.
   *
   * @param operation the store operation, for the exception (e.g. {@code get})
   * @param key the Redis key the command works on, for the exception message
   */
  public <T> T call(String operation, String key, Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
    CompletableFuture<T> answer = null;
    try {
      StatefulRedisConnection<String, String> open = connect();
      answer = command.apply(open.async()).toCompletableFuture();
      return answer.get(commandTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      cancel(answer);
      throw unavailable(operation, key, answer == null ? "could not connect within " + connectTimeout
          : "no answer within " + commandTimeout, e);
    } catch (ExecutionException e) {
      throw unavailable(operation, key, String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (InterruptedException e) {
      cancel(answer);
      Thread.currentThread().interrupt();
      throw unavailable(operation, key, "interrupted", e);
    } catch (RuntimeException e) {
      throw unavailable(operation, key, String.valueOf(e.getMessage()), e);
    }
  }

  private StatefulRedisConnection<String, String> connect()
      throws InterruptedException, ExecutionException, TimeoutException {
    return connection().get(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private CompletableFuture<StatefulRedisConnection<String, String>> connection() {
    CompletableFuture<StatefulRedisConnection<String, String>> current = connection.get();
    if (client == null || (current != null && !current.isCompletedExceptionally())) {
      return current;
    }
    CompletableFuture<StatefulRedisConnection<String, String>> mine = new CompletableFuture<>();
    if (!connection.compareAndSet(current, mine)) {
      return connection.get();
    }
    try {
      client.connectAsync(StringCodec.UTF8, uri).whenComplete((open, failure) -> {
        if (failure != null) {
          mine.completeExceptionally(failure);
        } else {
          mine.complete(open);
        }
      });
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
    }
    return mine;
  }

  private static void cancel(CompletableFuture<?> answer) {
    if (answer != null) {
      answer.cancel(true);
    }
  }

  private static TokenStoreUnavailableException unavailable(String operation, String key, String why, Throwable cause) {
    return new TokenStoreUnavailableException(operation, "Redis failed " + operation + " of " + key
        + ": " + why, cause);
  }

  /** Closes the connection and client this link opened; a given connection stays open. */
  @Override
  public void close() {
    if (client == null) {
      return;
    }
    CompletableFuture<StatefulRedisConnection<String, String>> current = connection.getAndSet(null);
    if (current != null) {
      current.thenAccept(StatefulRedisConnection::close);
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
