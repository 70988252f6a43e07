package io.wecom.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP calls to a sandbox, for tests that check the sandbox itself rather than the client. */
final class SandboxHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;

  SandboxHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpResponse<String> send(String method, String path, Map<String, String> query, String body) throws Exception {
    return send(method, path, query, body, "application/json");
  }

  HttpResponse<String> send(String method, String path, Map<String, String> query, String body, String contentType)
      throws Exception {
    String q = query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + (q.isEmpty() ? "" : "?" + q)));
    request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode call(String method, String path, Map<String, String> query, String body) throws Exception {
    return JSON.readTree(send(method, path, query, body).body());
  }

  /** A multipart/form-data POST with one file part. */
  JsonNode upload(String path, Map<String, String> query, String part, String filename, String content)
      throws Exception {
    String boundary = "sandbox-boundary-7MA4YWxkTrZu0gW";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return JSON.readTree(send("POST", path, query, body, "multipart/form-data; boundary=" + boundary).body());
  }

  String accessToken() throws Exception {
    return call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-sandbox", "corpsecret", "any"), null)
        .get("access_token").asText();
  }

  String suiteToken() throws Exception {
    return call("POST", "/cgi-bin/service/get_suite_token", Map.of(),
        "{\"suite_id\":\"s\",\"suite_secret\":\"x\",\"suite_ticket\":\"t\"}").get("suite_access_token").asText();
  }

  String providerToken() throws Exception {
    return call("POST", "/cgi-bin/service/get_provider_token", Map.of(),
        "{\"corpid\":\"p\",\"provider_secret\":\"x\"}").get("provider_access_token").asText();
  }
}
