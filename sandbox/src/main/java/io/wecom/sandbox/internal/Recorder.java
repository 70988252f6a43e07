package io.wecom.sandbox.internal;

import io.wecom.sandbox.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the last requests the sandbox received, up to a limit, so memory stays bounded under load. */
public final class Recorder {

  private final Deque<RecordedRequest> requests = new ArrayDeque<>();
  private final int limit;

  public Recorder(int limit) {
    this.limit = limit;
  }

  public void record(RecordedRequest request) {
    if (limit == 0) {
      return;
    }
    synchronized (requests) {
      if (requests.size() == limit) {
        requests.removeFirst();
      }
      requests.addLast(request);
    }
  }

  public List<RecordedRequest> all() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public void clear() {
    synchronized (requests) {
      requests.clear();
    }
  }
}
