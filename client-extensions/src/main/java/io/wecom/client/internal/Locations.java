package io.wecom.client.internal;

import java.net.URI;

/** The host a redirect's Location header names, for messages; never the rest of the URL, which may hold tokens. */
final class Locations {

  private Locations() {}

  static String host(String location) {
    if (location == null) {
      return "nowhere (no Location header)";
    }
    try {
      String host = URI.create(location.strip()).getHost();
      return host == null ? "a relative location" : host;
    } catch (IllegalArgumentException e) {
      return "an unreadable location";
    }
  }
}
