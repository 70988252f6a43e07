package io.wecom.client.message.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An immutable snapshot of a mutable generated model. Every change works on a deep copy and yields a new snapshot,
 * and every read hands out a fresh copy, so a builder holding one can be shared and reused freely, and objects a
 * caller passed in can be changed afterwards without touching it.
 */
public final class Frozen<M> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final M model;
  private final Class<M> type;

  private Frozen(M model, Class<M> type) {
    this.model = model;
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  public static <M> Frozen<M> of(M model) {
    Class<M> type = (Class<M>) model.getClass();
    return new Frozen<>(deepCopy(model, type), type);
  }

  /** A new snapshot: a copy of this one with {@code change} applied. */
  public Frozen<M> with(Consumer<M> change) {
    M copy = deepCopy(model, type);
    change.accept(copy);
    return new Frozen<>(deepCopy(copy, type), type);
  }

  /** A copy of the model for the caller to keep or change. */
  public M copy() {
    return deepCopy(model, type);
  }

  /** Reads the snapshot without copying; {@code reader} must not keep or change what it is given. */
  public <R> R read(Function<M, R> reader) {
    return reader.apply(model);
  }

  /** Serializes into a token buffer and reads it back: a copy without building a JSON tree or text. */
  private static <M> M deepCopy(M model, Class<M> type) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      MAPPER.writeValue(buffer, model);
      try (JsonParser parser = buffer.asParser(MAPPER)) {
        return MAPPER.readValue(parser, type);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
    }
  }
}
