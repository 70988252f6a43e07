package io.wecom.bench;

/**
 * One way of calling WeCom: this client on some transport, WxJava, or raw bytes on a socket. Each worker thread
 * opens its own {@link Session}; the driver itself is shared by all of them.
 */
interface Driver extends AutoCloseable {

  /** A worker thread's handle on the driver. */
  interface Session extends AutoCloseable {
    /** Makes one call and checks that it succeeded. */
    void call(Workload workload) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  String name();

  Session open() throws Exception;

  @Override
  default void close() throws Exception {}
}
