import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { abortUnlessFinished } from "./render-deadline.server";

describe("abortUnlessFinished", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("forgets the timer once the streamed body is consumed", async () => {
    const abort = vi.fn();
    const deadline = abortUnlessFinished(abort, 5_000);
    const body = new PassThrough();
    deadline.watch(body);
    body.end("<html></html>");
    body.resume();
    await vi.waitFor(() => expect(body.destroyed).toBe(true));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(abort).not.toHaveBeenCalled();
  });

  it("aborts a render whose body never finishes", () => {
    const abort = vi.fn();
    abortUnlessFinished(abort, 5_000).watch(new PassThrough());
    vi.advanceTimersByTime(4_999);
    expect(abort).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(abort).toHaveBeenCalledOnce();
  });

  it("can be cancelled before a body exists (the shell failed)", () => {
    const abort = vi.fn();
    abortUnlessFinished(abort, 5_000).cancel();
    vi.advanceTimersByTime(10_000);
    expect(abort).not.toHaveBeenCalled();
  });
});
