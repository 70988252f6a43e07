package io.wecom.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.RequestValidationException;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * One documented limit, with a way to build a request whose value has a given size: the test builds it at the limit
 * (it must pass) and one past it (it must fail, naming the field, the size and the limit).
 *
 * @param field the JSON path the error must name
 * @param limit the documented maximum, or minimum when {@code minimum} is set
 * @param unit bytes, characters, items or seconds
 * @param minimum whether the limit is a minimum (one past it is one below)
 * @param build builds (and checks) a request whose value has the given size
 */
public record LimitCase(String field, long limit, String unit, boolean minimum, LongFunction<Object> build) {

  public static LimitCase max(String field, long limit, String unit, LongFunction<Object> build) {
    return new LimitCase(field, limit, unit, false, build);
  }

  public static LimitCase min(String field, long limit, String unit, LongFunction<Object> build) {
    return new LimitCase(field, limit, unit, true, build);
  }

  public void passesAtTheLimit() {
    assertThatCode(() -> build.apply(limit)).as("%s at %d %s", field, limit, unit).doesNotThrowAnyException();
  }

  public void failsOnePastTheLimit() {
    long past = minimum ? limit - 1 : limit + 1;
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> build.apply(past));
    assertThat(e).as("%s at %d %s", field, past, unit).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.size()).hasValue(past);
    assertThat(e.limit()).hasValue(limit);
    assertThat(e.unit()).isEqualTo(unit);
    assertThat(e.getMessage()).contains(field, String.valueOf(past), String.valueOf(limit), unit);
  }

  @Override
  public String toString() {
    return field + (minimum ? " >= " : " <= ") + limit + " " + unit;
  }

  /** A string of exactly {@code n} UTF-8 bytes, mostly three-byte Chinese characters, so bytes and characters differ. */
  public static String bytes(long n) {
    return "中".repeat((int) (n / 3)) + "a".repeat((int) (n % 3));
  }

  /** A string of exactly {@code n} characters, each three UTF-8 bytes. */
  public static String chars(long n) {
    return "中".repeat((int) n);
  }

  /** {@code n} copies of {@code item}. */
  public static <T> List<T> items(long n, T item) {
    return Collections.nCopies((int) n, item);
  }

  /** {@code n} distinct ids: {@code prefix0}, {@code prefix1}, ... */
  public static List<String> ids(long n, String prefix) {
    return IntStream.range(0, (int) n).mapToObj(i -> prefix + i).toList();
  }
}
