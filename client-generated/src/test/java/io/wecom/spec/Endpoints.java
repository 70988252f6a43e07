package io.wecom.spec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The documented endpoints of WeCom's server API, from the project's copy of the official list (endpoints-all.tsv). */
final class Endpoints {

  /** One documented endpoint: where it lives, the docs' area it is filed under, and the token its URL carries. */
  record Endpoint(String method, String path, String area, String areaGroup, String title, String docUrl,
      String token) {
    @Override
    public String toString() {
      return area + ": " + method + " " + path + " (" + title + ")";
    }
  }

  private static List<Endpoint> all;

  private Endpoints() {}

  static synchronized List<Endpoint> all() {
    if (all == null) {
      var in = Objects.requireNonNull(Endpoints.class.getResourceAsStream("/endpoints-all.tsv"));
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        all = reader.lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method\t"))
            .map(line -> line.split("\t", -1))
            .map(f -> new Endpoint(f[0].strip(), f[1].strip(), f[2], f[3], f[4], f[5], f[6]))
            .toList();
      } catch (Exception e) {
        throw new IllegalStateException("cannot read endpoints-all.tsv", e);
      }
    }
    return all;
  }
}
