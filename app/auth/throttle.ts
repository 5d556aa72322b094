// Login throttling rule: after MAX_FAILURES failed attempts for one account within the
// window, further attempts are refused until the oldest failure leaves the window.
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MINUTES * 60_000);
}

/** When the account may try again, or null when it may try now. */
export function retryAfter(failuresInWindow: Date[], now: Date): Date | null {
  if (failuresInWindow.length < MAX_FAILURES) return null;
  const sorted = [...failuresInWindow].sort((a, b) => a.getTime() - b.getTime());
  const blocking = sorted[sorted.length - MAX_FAILURES];
  const until = new Date(blocking.getTime() + WINDOW_MINUTES * 60_000);
  return until > now ? until : null;
}
