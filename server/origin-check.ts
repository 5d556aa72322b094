// Cross-site request protection: a mutating request must come from this app's own origin.
// Browsers send Origin on every POST; where it is missing (old browsers, some privacy
// tools) the Referer's origin is used. See docs/decisions/004-origin-check.md.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  origin: string | undefined;
  referer: string | undefined;
  /** the origin the request was addressed to, e.g. http://localhost:3000 */
  ownOrigin: string;
  allowedOrigins: string[];
}

export function isForeignMutation(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  const claimed = input.origin && input.origin !== "null" ? input.origin : originOf(input.referer);
  if (!claimed) return true;
  return claimed !== input.ownOrigin && !input.allowedOrigins.includes(claimed);
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
