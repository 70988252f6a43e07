package io.wecom.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds any Feign {@link Client} to the call's {@link CallDeadline} and the answer size cap: the exchange, body
 * included, runs on a worker thread, and the caller stops waiting at the deadline (interrupting the worker). For
 * transports given with {@code httpClient(...)}; the default transport keeps the deadline by itself.
 */
public final class DeadlineClient implements Client {

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "wecom-transport-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private final Client delegate;
  private final long maxAnswerBytes;

  public DeadlineClient(Client delegate, long maxAnswerBytes) {
    this.delegate = delegate;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    CallDeadline deadline = CallDeadline.current();
    if (deadline == null) {
      return buffered(delegate.execute(request, options), request);
    }
    long remaining = deadline.remainingNanos();
    if (remaining <= 0) {
      throw TransportFailure.deadlineBeforeSending(deadline);
    }
    Future<Response> exchange = WORKERS.submit(() -> buffered(delegate.execute(request, options), request));
    try {
      return exchange.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw TransportFailure.deadlineWhileWaiting(deadline, true);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause().getClass().getSimpleName(), e.getCause());
    }
  }

  private Response buffered(Response response, Request request) throws IOException {
    try (response) {
      if (response.status() >= 300 && response.status() < 400) {
        String location = response.headers().entrySet().stream()
            .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Location"))
            .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        throw TransportFailure.redirect(response.status(), location);
      }
      byte[] body = response.body() == null ? null : read(response.body());
      return response.toBuilder().request(request).body(body).build();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private byte[] read(Response.Body body) throws IOException {
    if (body.length() != null && body.length() > maxAnswerBytes) {
      throw TransportFailure.tooLarge(maxAnswerBytes);
    }
    try (InputStream in = body.asInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAnswerBytes + 1));
      if (bytes.length > maxAnswerBytes) {
        throw TransportFailure.tooLarge(maxAnswerBytes);
      }
      return bytes;
    }
  }
}
