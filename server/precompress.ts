import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// Writes a brotli (.br) and a gzip (.gz) copy next to each text file under the given folder,
// at the highest settings: once per build, so the server sends static files compressed
// without compressing them again for every request (docs/decisions/025-precompressed-assets.md).

const TEXT_FILE = /\.(js|mjs|css|svg|json|txt|map)$/;
/** Below this, compression saves less than its headers cost (the server's threshold too). */
const MIN_BYTES = 1024;

function* filesUnder(folder: string): Generator<string> {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else if (TEXT_FILE.test(entry.name)) yield file;
  }
}

export function precompress(folder: string): { files: number; bytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const file of filesUnder(folder)) {
    const body = fs.readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const brotli = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    fs.writeFileSync(`${file}.br`, brotli);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }));
    totals.files += 1;
    totals.bytes += body.length;
    totals.brotliBytes += brotli.length;
  }
  return totals;
}
