package io.wecom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the bytes allocated on the heap by every live thread except the stub server's, so that work a transport
 * does on threads of its own (the JDK HttpClient's selector, say) is counted as well as the callers'. The thread
 * that takes the snapshots only waits, and is left out so that the snapshots do not count themselves.
 */
final class AllocationCounter {

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  AllocationCounter() {
    if (threads.isThreadAllocatedMemorySupported()) {
      threads.setThreadAllocatedMemoryEnabled(true);
    }
  }

  boolean supported() {
    return threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled();
  }

  /** Bytes allocated so far, by thread id; threads that have ended are no longer counted. */
  Map<Long, Long> snapshot() {
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> byThread = new HashMap<>();
    long self = Thread.currentThread().getId();
    for (int i = 0; i < ids.length; i++) {
      boolean server = infos[i] != null && infos[i].getThreadName().startsWith(StubWeCom.THREAD_PREFIX);
      if (ids[i] != self && infos[i] != null && bytes[i] >= 0 && !server) {
        byThread.put(ids[i], bytes[i]);
      }
    }
    return byThread;
  }

  /** Bytes allocated between {@code before} and now by the threads alive now. */
  long since(Map<Long, Long> before) {
    if (!supported()) {
      return -1;
    }
    long total = 0;
    for (Map.Entry<Long, Long> now : snapshot().entrySet()) {
      total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return total;
  }
}
