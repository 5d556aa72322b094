import { dictionary } from "@zxcvbn-ts/language-common";

// The most common passwords of the public breach corpora: the list zxcvbn-ts ships (about
// 49,000 entries, lower case, MIT), plus German ones of at least 10 characters that lead
// German breach lists. Server-only: the list is too large for the browser bundle.
const germanCommonPasswords = [
  "passwort123", "passwort1234", "passwort12345", "passwortpasswort", "hallo12345", "hallo123456",
  "schalke04!", "fussball123", "fußball123", "ichliebedich", "ichliebedich1", "schatzi123",
  "sommer2024", "sommer2025", "sommer2026", "winter2025", "winter2026", "frühling2026",
  "geheim1234", "geheimnis1", "willkommen", "willkommen1", "willkommen123", "qwertzuiop",
  "qwertzuiopü", "asdfghjklö", "yxcvbnm123", "1234567890ß", "administrator", "netzwerk123",
  "netzwerk-demo", "netzwerkstatt", "halle12345", "halle(saale)", "deutschland", "deutschland1",
  "iloveyou12", "letmein123", "1234512345",
];

const common = new Set([...dictionary["passwords-common"], ...germanCommonPasswords]);

/** Letter case, Unicode forms and spaces do not make a common password uncommon. */
export function comparable(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

export function isCommonPassword(password: string): boolean {
  return common.has(comparable(password));
}
