package io.wecom.client.message.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private static <M> M deepCopy(M model, Class<M> type) {
    try {
      return MAPPER.treeToValue(MAPPER.valueToTree(model), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
    }
  }
}
