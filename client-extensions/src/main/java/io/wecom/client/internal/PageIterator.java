package io.wecom.client.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The pages of a {@link PagedCall}, fetched one at a time and only when asked for: the first on the first
 * {@link #hasNext()}, each next one with the cursor the previous page returned, exactly as WeCom sent it. Ends after
 * a page with an empty or absent next cursor. A WeCom error surfaces from {@link #hasNext()}; a page whose next cursor
 * is the one it was fetched with fails rather than loop forever.
 */
public final class PageIterator<R> implements Iterator<R> {

  private final PagedCall<R> call;
  private String cursor;
  private R fetched;
  private boolean last;

  public PageIterator(PagedCall<R> call) {
    this.call = call;
    this.cursor = call.firstCursor();
  }

  @Override
  public boolean hasNext() {
    if (fetched != null) {
      return true;
    }
    if (last) {
      return false;
    }
    R page = call.fetch(cursor);
    String next = call.nextCursor(page);
    if (next != null && next.equals(cursor)) {
      throw new IllegalStateException(call.operation().id() + " answered the cursor it was sent as its next_cursor ("
          + next + "); stopping rather than fetching the same page forever");
    }
    last = next == null;
    cursor = next;
    fetched = page;
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no page after the last one");
    }
    R page = fetched;
    fetched = null;
    return page;
  }
}
