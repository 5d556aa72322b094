import { z } from "zod";

// Read and checked once at start, so a misconfigured server fails loudly instead of later.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_PATH: z.string().min(1).default("data/netzwerkstatt.sqlite"),
  PORT: z.coerce.number().int().positive().default(3000),
  SEED: z.enum(["demo", "none"]).default("demo"),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  /** With SEED=none: the first, empty network. */
  NETWORK_SLUG: z.string().regex(/^[a-z0-9-]+$/).default("netzwerk"),
  NETWORK_NAME: z.string().min(1).default("Integrationsnetzwerk"),
  /** Extra origins allowed to post, comma separated, e.g. behind a proxy that rewrites Host. */
  ALLOWED_ORIGINS: z.string().default(""),
  /** e.g. smtp://user:pass@mail.example:587 — without it e-mail stays in the outbox. */
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  /** Request bodies above this size are refused with 413 (server/body-limit.ts). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAIL_FROM: z.string().min(3).default("Netzwerkstatt <no-reply@netzwerkstatt.invalid>"),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return schema.parse(source);
}
