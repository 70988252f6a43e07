package io.wecom.client.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload.MultipartStream;
import org.apache.commons.fileupload.ParameterParser;

/** The parts of a multipart/form-data request FakeWeCom recorded, read with Commons FileUpload's parser. */
public final class MultipartForm {

  /** One part: its form name, the filename and content type it declared, and its bytes. */
  public record Part(String name, String filename, String contentType, byte[] bytes) {
  }

  private MultipartForm() {}

  public static List<Part> parse(FakeWeCom.Recorded request) {
    String contentType = request.header("Content-Type");
    String boundary = params(contentType).get("boundary");
    if (contentType == null || !contentType.startsWith("multipart/form-data") || boundary == null) {
      throw new AssertionError("not a multipart/form-data request: Content-Type " + contentType);
    }
    MultipartStream stream = new MultipartStream(new ByteArrayInputStream(request.rawBody()),
        boundary.getBytes(StandardCharsets.ISO_8859_1), 4096, null);
    stream.setHeaderEncoding("UTF-8");
    List<Part> parts = new ArrayList<>();
    try {
      for (boolean more = stream.skipPreamble(); more; more = stream.readBoundary()) {
        Map<String, String> headers = headers(stream.readHeaders());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.readBodyData(bytes);
        Map<String, String> disposition = params(headers.get("content-disposition"));
        parts.add(new Part(disposition.get("name"), disposition.get("filename"), headers.get("content-type"),
            bytes.toByteArray()));
      }
    } catch (IOException e) {
      throw new AssertionError("malformed multipart body", e);
    }
    return parts;
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new HashMap<>();
    for (String line : block.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static Map<String, String> params(String headerValue) {
    if (headerValue == null) {
      return Map.of();
    }
    ParameterParser parser = new ParameterParser();
    parser.setLowerCaseNames(true);
    return parser.parse(headerValue, ';');
  }
}
