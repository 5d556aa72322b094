// The adapter's own request/response glue (not re-exported by its index; the version is pinned):
// the app's Request is built from the body read by limitRequestBody.
import { createRemixRequest } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { randomBytes } from "node:crypto";
import { readEnv } from "../app/env.server";
import { limitRequestBody, withReadBody } from "./body-limit";
import { sendCompressedRemixResponse } from "./compress";
import { isForeignMutation } from "./origin-check";
import { securityHeaders } from "./security-headers";

process.env.NODE_ENV ??= "production";
const env = readEnv();

// The app's build opens (and migrates) the database as it loads; then it seeds a new one and
// refreshes the planner's statistics, before the first request.
const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
const appEntry = build.entry.module as unknown as {
  prepareDatabaseAtStart: () => Promise<void>;
  runInRequestScope: <T>(handle: () => T) => T;
  closeDatabase: () => Promise<void>;
  startDeliveryLoop: (smtpUrl: string) => void;
};
await appEntry.prepareDatabaseAtStart();
const allowedOrigins = env.ALLOWED_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");

app.use((req, res, next) => {
  // A fresh nonce per request; Remix renders it into its script tags (app/entry.server.tsx).
  res.locals.cspNonce = randomBytes(16).toString("base64");
  for (const [name, value] of Object.entries(securityHeaders({ nonce: res.locals.cspNonce, https: req.secure }))) {
    res.setHeader(name, value);
  }
  next();
});

app.use((req, res, next) => {
  const foreign = isForeignMutation({
    method: req.method,
    origin: req.get("origin"),
    referer: req.get("referer"),
    ownOrigin: `${req.protocol}://${req.get("host")}`,
    allowedOrigins,
  });
  if (foreign) {
    res.status(403).type("text/plain").send("Forbidden: cross-origin request");
    return;
  }
  next();
});

// Static files go out as the build compressed them (server/precompress.ts), brotli first;
// nothing is compressed per request. The app's answers are compressed whole (./compress).
function staticFiles(folder: string, maxAge: string, immutable = false) {
  return expressStaticGzip(folder, { enableBrotli: true, orderPreference: ["br", "gzip"], serveStatic: { maxAge, immutable } });
}
app.use("/build", staticFiles("public/build", "1y", true));
// Public files all have an extension; page URLs mostly do not and skip the file lookup. A path
// with an extension that is no file (a calendar feed) passes on to the app.
const publicFiles = staticFiles("public", "1h");
app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
app.get("/healthz", (_req, res) => {
  res.type("text/plain").send("ok");
});

// Bodies are read (up to MAX_BODY_BYTES) before Remix sees them; Remix gets the read body.
app.use(limitRequestBody(env.MAX_BODY_BYTES));
const handleRemixRequest = createRequestHandler(build, process.env.NODE_ENV);
// Loaders of one GET share what each of them needs (who is signed in, the Viewer).
const { runInRequestScope } = appEntry;
app.all("*", async (req, res, next) => {
  try {
    const request = withReadBody(createRemixRequest(req, res), res.locals.body as Buffer | undefined);
    const handle = () => handleRemixRequest(request, { cspNonce: res.locals.cspNonce as string });
    await sendCompressedRemixResponse(req, res, await (req.method === "GET" || req.method === "HEAD" ? runInRequestScope(handle) : handle()));
  } catch (error) {
    next(error);
  }
});

// E-mail: with SMTP_URL the outbox is delivered every 10 s; without it messages wait there.
if (env.SMTP_URL) {
  appEntry.startDeliveryLoop(env.SMTP_URL);
}

const server = app.listen(env.PORT, () => {
  console.log(`Netzwerkstatt läuft auf http://localhost:${env.PORT} (Datenbank: ${env.DATABASE_PATH})`);
});

// Graceful shutdown: stop accepting connections, let running requests finish, close the
// database, exit. A request that hangs does not keep the process alive beyond 10 s.
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await appEntry.closeDatabase();
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}
