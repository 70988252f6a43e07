package io.wecom.client.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Sockets made from NIO channels, so that a kept-alive connection can be checked before it is used again: a
 * non-blocking read of one byte tells a connection the server has closed (end of stream) from a healthy, silent one,
 * in a few microseconds. A connection idle for {@value #LONG_IDLE_NANOS} ns or more, which a server's idle timeout
 * may be closing at this very moment, is watched for {@value #LONG_IDLE_WATCH_MILLIS} ms instead, so that a close
 * already on its way is seen; calls that follow each other closely never wait. A connection with anything to read
 * between answers is unusable too.
 */
final class ProbingSockets extends SocketFactory {

  static final long LONG_IDLE_NANOS = 500_000_000L;
  static final int LONG_IDLE_WATCH_MILLIS = 10;

  private final Map<Integer, Long> releasedAt = new ConcurrentHashMap<>();
  private final Map<Integer, SocketChannel> byLocalPort = new ConcurrentHashMap<>();
  private final Map<SocketChannel, Boolean> open = new ConcurrentHashMap<>();

  @Override
  public Socket createSocket() throws IOException {
    SocketChannel channel = SocketChannel.open();
    open.put(channel, Boolean.TRUE);
    return channel.socket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(address, port));
  }

  private Socket connected(InetSocketAddress address) throws IOException {
    Socket socket = createSocket();
    socket.connect(address);
    return socket;
  }

  /**
   * Whether the connection on local port {@code localPort} (a socket this factory made, or a TLS socket over one)
   * can carry another request: open, not closed by the server, nothing unread. Unknown sockets count as usable.
   */
  boolean usable(int localPort) {
    SocketChannel channel = channelOf(localPort);
    if (channel == null) {
      return true;
    }
    Long released = releasedAt.get(localPort);
    boolean longIdle = released != null && System.nanoTime() - released >= LONG_IDLE_NANOS;
    synchronized (channel.blockingLock()) {
      try {
        if (longIdle) {
          Socket socket = channel.socket();
          int timeout = socket.getSoTimeout();
          socket.setSoTimeout(LONG_IDLE_WATCH_MILLIS);
          try {
            socket.getInputStream().read();
            return false;
          } catch (java.net.SocketTimeoutException silent) {
            return true;
          } finally {
            socket.setSoTimeout(timeout);
          }
        }
        channel.configureBlocking(false);
        int read = channel.read(ByteBuffer.allocate(1));
        channel.configureBlocking(true);
        return read == 0;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  /** Notes that the connection on {@code localPort} went back to the pool, idle from now. */
  void released(int localPort) {
    releasedAt.put(localPort, System.nanoTime());
  }

  private SocketChannel channelOf(int localPort) {
    SocketChannel known = byLocalPort.get(localPort);
    if (known != null && known.isOpen()) {
      return known;
    }
    byLocalPort.remove(localPort);
    for (SocketChannel channel : open.keySet()) {
      if (!channel.isOpen()) {
        open.remove(channel);
        byLocalPort.values().remove(channel);
      } else if (channel.socket().getLocalPort() == localPort) {
        byLocalPort.put(localPort, channel);
        return channel;
      }
    }
    return null;
  }
}
