package io.wecom.client.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Every log line of the process at the finest level, from SLF4J (Logback) and java.util.logging alike, with the
 * stack traces of logged exceptions: {@link #start()} turns both up and captures, {@link #stop()} restores them.
 * The JDK HTTP server's own records ({@code com.sun.net.httpserver}) are left out: that is the tests' fake WeCom
 * logging what it received, not the client.
 */
public final class TraceLogs {

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final ConcurrentLinkedQueue<String> julLines = new ConcurrentLinkedQueue<>();
  private final Handler jul = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (String.valueOf(record.getLoggerName()).startsWith("com.sun.net.httpserver")) {
        return;
      }
      julLines.add(record.getLoggerName() + " " + record.getMessage() + " "
          + java.util.Arrays.toString(record.getParameters())
          + (record.getThrown() == null ? "" : " " + stackTrace(record.getThrown())));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Logger root;
  private Level rootLevel;
  private java.util.logging.Level julLevel;

  public TraceLogs start() {
    root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    captured.start();
    root.addAppender(captured);
    java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    julLevel = julRoot.getLevel();
    julRoot.setLevel(java.util.logging.Level.ALL);
    julRoot.addHandler(jul);
    return this;
  }

  public void stop() {
    root.detachAppender(captured);
    root.setLevel(rootLevel);
    java.util.logging.Logger.getLogger("").removeHandler(jul);
    java.util.logging.Logger.getLogger("").setLevel(julLevel);
  }

  /** The SLF4J events captured so far. */
  public List<ILoggingEvent> events() {
    return List.copyOf(captured.list);
  }

  /** Every captured line as text: formatted messages, logged stack traces, java.util.logging records. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      lines.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    lines.addAll(julLines);
    return lines;
  }

  /** The stack trace of {@code e} with its causes, as printed. */
  public static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
