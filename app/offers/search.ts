// SQLite FTS5 query building: the one place that knows the MATCH syntax and the facet
// tokens of the offer index (a PostgreSQL deployment would replace this module). Pure, no I/O.
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

/**
 * Filter values the offer index carries as tokens of its `facets` column (migration
 * 2026-12-02-01-offer-search-facets), so that FTS5 applies them while it matches the words.
 */
export interface SearchFacets {
  net: number;
  category?: string | null;
  orgkind?: string | null;
  topic?: string | null;
  target?: string | null;
  language?: string | null;
}

/** One facet token as the index writes it: kind and value without underscores ("topicarbeit"). */
export function facetToken(kind: keyof SearchFacets, value: string | number): string {
  return `${kind}${String(value).replace(/[^\p{L}\p{N}]/gu, "").toLowerCase()}`;
}

/**
 * The MATCH expression for the offer board: the words in the text columns and the facets in
 * the facets column, or null when the input holds no word (the board then needs no index).
 * Only narrowing facets are asked: bm25 counts the rows of every phrase of the query once per
 * search, and the network's token is in nearly every row of a large network. So the network
 * is asked only when no other filter is given (the SQL conditions check it in any case).
 */
export function buildOfferMatch(input: string | null | undefined, facets: SearchFacets): string | null {
  const words = buildMatchQuery(input);
  if (!words) return null;
  const { net, ...filters } = facets;
  const given = Object.entries(filters).filter((entry): entry is [keyof SearchFacets, string] => Boolean(entry[1]));
  const tokens = given.length ? given.map(([kind, value]) => facetToken(kind, value)) : [facetToken("net", net)];
  return `-facets : (${words}) AND facets : (${tokens.map((t) => `"${t}"`).join(" ")})`;
}
