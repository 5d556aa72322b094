// SQLite FTS5 query building: the one place that knows the MATCH syntax (a PostgreSQL
// deployment would replace this module). Pure, no I/O.
//
// User input never reaches MATCH as syntax: it is cut into words (letters, digits and
// combining marks only), each word is put in double quotes and gets a prefix `*`, and the
// words are joined by spaces (implicit AND). So `"`, `*`, `(`, `:`, `^`, `-` and the
// operators AND/OR/NOT/NEAR are either dropped or searched for as plain words.

const MAX_TOKENS = 12;
const MAX_TOKEN_LENGTH = 64;

/** The words of a search input, in order, each once, lower-cased. */
export function searchTokens(input: string): string[] {
  const words = input.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    const token = word.toLowerCase().slice(0, MAX_TOKEN_LENGTH);
    if (!tokens.includes(token)) tokens.push(token);
    if (tokens.length === MAX_TOKENS) break;
  }
  return tokens;
}

/** The MATCH expression for a free-text search, or null when the input holds no word. */
export function buildMatchQuery(input: string | null | undefined): string | null {
  const tokens = searchTokens(input ?? "");
  if (tokens.length === 0) return null;
  // A token holds no double quote (only letters, digits, marks), so quoting cannot be broken.
  return tokens.map((t) => `"${t}"*`).join(" ");
}
