import type { LegalPageKind } from "../../db/schema";

// The templates a network shows until its admins write their own privacy notice and
// imprint. They name what the platform stores; the admins add who is responsible.

export function defaultLegalText(kind: LegalPageKind, network: { name: string; city: string }): string {
  return kind === "privacy" ? privacyTemplate(network) : imprintTemplate(network);
}

function privacyTemplate({ name, city }: { name: string; city: string }): string {
  return `## Verantwortliche Stelle

Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Plattform ist die koordinierende Stelle des Netzwerks „${name}“ (${city}). Name, Anschrift und Kontakt der verantwortlichen Stelle und ihrer bzw. ihres Datenschutzbeauftragten trägt die Administration des Netzwerks hier ein.

## Welche Daten wir verarbeiten

- Konto: Name, E-Mail-Adresse, Passwort (nur als sicherer Hash), Sprache
- Zugehörigkeit zu Organisationen und Gremien, Rolle im Netzwerk
- Beiträge: Angebote, Vorschläge für Tagesordnungen, Arbeitspakete, Kommentare
- Rückmeldungen zu Sitzungseinladungen und Anwesenheit
- Anmeldungen und sicherheitsrelevante Ereignisse (Protokoll)

## Zwecke und Rechtsgrundlagen

Die Daten dienen der Zusammenarbeit im Netzwerk (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Landesrecht bzw. Art. 6 Abs. 1 lit. b DSGVO) und der Sicherheit der Plattform (Art. 6 Abs. 1 lit. f DSGVO).

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde. Unter „Mein Konto“ können Sie alle über Sie gespeicherten Daten selbst herunterladen. Für die Löschung wenden Sie sich an die Administration des Netzwerks.

## Cookies

Die Plattform setzt nur ein technisch notwendiges Sitzungs-Cookie für die Anmeldung und ein Cookie für die gewählte Sprache. Es gibt keine Analyse- oder Werbe-Cookies.
`;
}

function imprintTemplate({ name, city }: { name: string; city: string }): string {
  return `## Angaben gemäß § 5 DDG

Netzwerk „${name}“, ${city}

Anschrift, vertretungsberechtigte Person und Kontakt (E-Mail, Telefon) trägt die Administration des Netzwerks hier ein.

## Verantwortlich für den Inhalt

Die koordinierende Stelle des Netzwerks. Für Angebote und Beiträge sind die jeweiligen Organisationen verantwortlich.
`;
}
