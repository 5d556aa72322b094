import { precompress } from "../server/precompress";

// Run by `npm run build`: compressed copies of the browser's files (server/precompress.ts).
const folder = process.argv[2] ?? "public";
const { files, bytes, brotliBytes } = precompress(folder);
console.log(`${files} files under ${folder} precompressed: ${Math.round(bytes / 1024)} kB, ${Math.round(brotliBytes / 1024)} kB with brotli`);
