// A short deny list of passwords that lead the public breach lists, German ones included
// (NIST SP 800-63B asks to refuse known-compromised and common passwords).
const common = new Set([
  "1234567890", "12345678910", "0123456789", "1111111111", "0000000000", "1234512345",
  "qwertzuiop", "qwertyuiop", "passwort123", "passwort1234", "password123", "password1234",
  "hallo12345", "hallo123456", "schalke04!", "fussball123", "ichliebedich", "iloveyou12",
  "sommer2024", "sommer2025", "sommer2026", "winter2025", "winter2026", "geheim1234",
  "asdfghjkl1", "letmein123", "willkommen", "willkommen1", "willkommen123", "administrator",
  "netzwerk123", "netzwerk-demo", "halle12345", "passwortpasswort", "passwordpassword",
]);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}
