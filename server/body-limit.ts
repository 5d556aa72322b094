import type { RequestHandler, Response } from "express";

/** "1 MiB", "512 KiB", "300 Bytes" — for the refusal text. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} Bytes`;
}

function refuse(res: Response, maxBytes: number) {
  // The rest of the body is not read: the connection closes after this answer.
  res.set("Connection", "close");
  res.status(413).type("text/plain; charset=utf-8").send(`Die gesendeten Daten sind zu groß: höchstens ${formatBytes(maxBytes)} sind erlaubt.`);
}

/**
 * Reads a request body of at most `maxBytes` into `res.locals.body` (a Buffer) before the app
 * sees it, and answers 413 to anything larger: at once when Content-Length says so, otherwise
 * as soon as the streamed (e.g. chunked) body passes the limit. Requests without a body pass.
 */
export function limitRequestBody(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const declared = Number(req.get("content-length"));
    if (declared > maxBytes) return refuse(res, maxBytes);

    const chunks: Buffer[] = [];
    let received = 0;
    const stopReading = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        stopReading();
        req.pause();
        refuse(res, maxBytes);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stopReading();
      res.locals.body = Buffer.concat(chunks);
      next();
    };
    const onError = (error: Error) => {
      stopReading();
      next(error);
    };
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
  };
}

/** The app's Request with the body read by `limitRequestBody` in place of the (spent) stream. */
export function withReadBody(request: Request, body: Buffer | undefined): Request {
  if (body === undefined) return request;
  return new Request(request, { body, duplex: "half" } as RequestInit);
}
