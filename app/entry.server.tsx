import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { abortUnlessFinished } from "./render-deadline.server";

// The server prepares the database before it listens and closes it on SIGTERM, after the
// last request has been answered.
export { closeDatabase, prepareDatabaseAtStart } from "./db.server";
// The server runs each GET in a request scope (app/request-scope.server.ts).
export { runInRequestScope } from "./request-scope.server";
// …and, with SMTP_URL, delivers the outbox on the app's own connection.
export { startDeliveryLoop } from "./mail/delivery.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // The whole document is rendered before it is sent: the server compresses answers whole
  // (docs/decisions/024-compressing-whole-answers.md) and no page defers data, so streaming it
  // through a PassThrough and a web stream only cost time.
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const html = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
        done();
      },
    });
    const deadline = abortUnlessFinished(() => abort(), ABORT_DELAY);
    deadline.watch(html);
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce ?? ""}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          pipe(html);
        },
        onShellError(error: unknown) {
          deadline.cancel();
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
