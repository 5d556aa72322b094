import { createHash, randomBytes } from "node:crypto";

// Secret links (invitations, later calendar feeds) carry a random token; only its
// SHA-256 hash is stored, so a copy of the database cannot be used to sign up.
export function createSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
