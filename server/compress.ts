// The app's answers are compressed whole, once they are complete, and with gzip: the
// `compression` middleware chose brotli for browsers and kept its state (megabytes) alive while
// an answer was written; V8, counting it against the heap, ran a full collection every few
// answers (docs/decisions/024-compressing-whole-answers.md).
import { sendRemixResponse } from "@remix-run/express/dist/server.js";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import Negotiator from "negotiator";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { BoundedCache } from "../app/bounded-cache";

export type Encoding = "br" | "gzip";
/** Offered, and preferred at equal weight, in this order. */
const ENCODINGS: Encoding[] = ["gzip", "br"];

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this, compressing costs more than the bytes it saves (compression's own threshold). */
export const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE_TYPE = /^(text\/(?!event-stream)|application\/(json|xml|[\w.+-]+\+(json|xml))\b)/i;

/**
 * The encoding an Accept-Encoding header asks for: gzip unless brotli weighs more. For these
 * pages brotli at quality 4 is within a few per cent of gzip's size, and node's brotli, run on
 * its thread pool ten answers at a time, took four times gzip's CPU (decision 024).
 */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  const negotiator = new Negotiator({ headers: { "accept-encoding": header } }) as unknown as PreferringNegotiator;
  return (negotiator.encoding(ENCODINGS, ENCODINGS) as Encoding | undefined) ?? null;
}

// negotiator 0.6.4 breaks ties between equal weights by a preference list; its types (0.6.5)
// do not know that argument yet.
type PreferringNegotiator = { encoding(available: string[], preferred: string[]): string | undefined };

/** The encoding an answer goes out in; null: as it is (no body, not text, or not accepted). */
export function chooseEncoding(acceptEncoding: string | undefined, response: Response): Encoding | null {
  if (!response.body || response.headers.has("content-encoding")) return null;
  if (!COMPRESSIBLE_TYPE.test(response.headers.get("content-type") ?? "")) return null;
  if (/\bno-transform\b/i.test(response.headers.get("cache-control") ?? "")) return null;
  return acceptedEncoding(acceptEncoding);
}

/** Level 4: 60 % of the default level's time for 3–6 % more bytes on the app's pages and feeds. */
const GZIP_LEVEL = 4;

/** Gzip at level 4; brotli at quality 4 (what `compression` used), sized to the body. */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "gzip") return gzip(body, { level: GZIP_LEVEL });
  return brotliCompress(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

// Compressed answers by their ETag (calendar feeds): the app tags an answer with what it
// shows, so the same URL with the same tag has the same body, compressed once. Calendar
// programs that never ask conditionally get the stored bytes.
const compressedAnswers = new BoundedCache<Buffer>(16 * 1024 * 1024, (body) => body.length);

function compressedAnswerKey(req: ExpressRequest, response: Response, encoding: Encoding): string | null {
  const etag = response.headers.get("etag");
  if (response.status !== 200 || !etag?.startsWith('"')) return null;
  return `${encoding} ${req.get("host")}${req.originalUrl} ${etag}`;
}

/** Sends a Remix answer, compressed whole when the client accepts it and it is worth it. */
export async function sendCompressedRemixResponse(req: ExpressRequest, res: ExpressResponse, response: Response): Promise<void> {
  const encoding = chooseEncoding(req.get("accept-encoding"), response);
  if (!encoding) return sendRemixResponse(res, response);
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  res.vary("Accept-Encoding");
  const key = compressedAnswerKey(req, response, encoding);
  const stored = key ? compressedAnswers.get(key) : undefined;
  if (stored) {
    await response.body?.cancel();
    return endCompressed(res, stored, encoding);
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length < MIN_COMPRESSED_BYTES) {
    res.end(body);
    return;
  }
  const compressed = await compress(body, encoding);
  if (key) compressedAnswers.set(key, compressed);
  endCompressed(res, compressed, encoding);
}

function endCompressed(res: ExpressResponse, compressed: Buffer, encoding: Encoding): void {
  // A strong ETag promises these very bytes; the compressed ones are another representation
  // of the same content, which a weak tag says (and If-None-Match compares weakly).
  const etag = res.getHeader("etag");
  if (typeof etag === "string" && etag.startsWith('"')) res.setHeader("ETag", `W/${etag}`);
  res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", compressed.length);
  res.end(compressed);
}
