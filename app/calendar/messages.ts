// Strings of the calendar area: the personal feed in the profile, links on meeting and group pages.
export const de = {
  "calendar.title": "Kalender-Abo",
  "calendar.intro":
    "Mit Ihrem persönlichen Kalender-Link erscheinen alle Sitzungen Ihrer Gremien – aus allen Ihren Netzwerken, auch gemeinsame Arbeitstreffen – in Outlook, Thunderbird, Google Kalender oder auf dem Handy. Verschiebungen und Absagen kommen von selbst an.",
  "calendar.secretHint":
    "Der Link ist geheim wie ein Passwort: Wer ihn kennt, sieht Ihre Sitzungstermine. Geben Sie ihn nicht weiter. Sie können ihn jederzeit beenden oder neu erstellen.",
  "calendar.none": "Sie haben noch keinen Kalender-Link.",
  "calendar.create": "Persönlichen Kalender-Link erstellen",
  "calendar.active": "Ihr Kalender-Link ist aktiv (erstellt am {date}).",
  "calendar.onlyOnce":
    "Aus Sicherheitsgründen zeigen wir den Link nur direkt nach dem Erstellen. Haben Sie ihn nicht mehr, erstellen Sie einen neuen – der alte funktioniert dann nicht mehr.",
  "calendar.regenerate": "Neuen Link erstellen (alter Link wird ungültig)",
  "calendar.revoke": "Kalender-Link beenden",
  "calendar.revoked": "Ihr Kalender-Link wurde beendet. Kalenderprogramme erhalten keine Termine mehr.",
  "calendar.created": "Ihr neuer Kalender-Link ist erstellt. Kopieren Sie ihn jetzt in Ihr Kalenderprogramm.",
  "calendar.httpsLink": "Link für Outlook, Google und Thunderbird (https)",
  "calendar.webcalLink": "Direkt abonnieren (webcal://)",
  "calendar.webcalOpen": "Im Kalenderprogramm öffnen",
  "calendar.howTo": "So abonnieren Sie den Kalender",
  "calendar.howTo.outlook":
    "Outlook: Im Kalender „Kalender hinzufügen“ → „Aus dem Internet abonnieren“ wählen (klassisches Outlook: „Kalender öffnen“ → „Aus dem Internet…“) und den https-Link einfügen.",
  "calendar.howTo.thunderbird":
    "Thunderbird: Im Kalender „Neuer Kalender…“ → „Im Netzwerk“ wählen, den https-Link als Adresse einfügen und „Offline-Unterstützung“ eingeschaltet lassen.",
  "calendar.howTo.google":
    "Google Kalender (am Computer): Links bei „Weitere Kalender“ auf „+“ → „Per URL“ klicken und den https-Link einfügen. Google aktualisiert abonnierte Kalender nur alle paar Stunden.",
  "calendar.howTo.iphone":
    "iPhone und iPad: Den webcal-Link antippen und „Abonnieren“ bestätigen – oder Einstellungen → Kalender → Accounts → Account hinzufügen → Andere → „Kalenderabo hinzufügen“ und den https-Link einfügen.",
  "calendar.profileLink": "Kalender-Abo einrichten",
  "calendar.profileTeaser": "Alle Sitzungen Ihrer Gremien in Ihrem Kalender.",
  "calendar.addToCalendar": "In den Kalender",
  "calendar.groupFeed": "Kalender dieses Gremiums (.ics)",
  "calendar.groupFeedHint":
    "Für Kalenderprogramme gibt es die Abo-Links mit Ihrem persönlichen Schlüssel im Kalender-Abo Ihres Profils – dort können Sie auch alle Ihre Gremien auf einmal abonnieren.",
  "calendar.groupLinks": "Nur einzelne Gremien abonnieren",
  "calendar.settings.public": "Öffentlicher Kalender",
  "calendar.settings.publicHint":
    "Wenn eingeschaltet, sind die Kalender-Feeds der Gremien (.ics) ohne Anmeldung und ohne persönlichen Schlüssel abrufbar – für alle, die den Link kennen. Persönliche Kalender-Links bleiben privat.",
  "calendar.settings.publicOn": "Gremienkalender öffentlich",
};

export const en: Record<keyof typeof de, string> = {
  "calendar.title": "Calendar subscription",
  "calendar.intro":
    "With your personal calendar link, all meetings of your groups — from all your networks, joint sessions included — appear in Outlook, Thunderbird, Google Calendar or on your phone. Moves and cancellations arrive by themselves.",
  "calendar.secretHint":
    "The link is secret like a password: whoever knows it sees your meeting dates. Do not share it. You can end it or create a new one at any time.",
  "calendar.none": "You have no calendar link yet.",
  "calendar.create": "Create personal calendar link",
  "calendar.active": "Your calendar link is active (created on {date}).",
  "calendar.onlyOnce":
    "For security we show the link only right after creating it. If you no longer have it, create a new one — the old one then stops working.",
  "calendar.regenerate": "Create a new link (the old link stops working)",
  "calendar.revoke": "End calendar link",
  "calendar.revoked": "Your calendar link has been ended. Calendar programs no longer receive meetings.",
  "calendar.created": "Your new calendar link is ready. Copy it into your calendar program now.",
  "calendar.httpsLink": "Link for Outlook, Google and Thunderbird (https)",
  "calendar.webcalLink": "Subscribe directly (webcal://)",
  "calendar.webcalOpen": "Open in calendar program",
  "calendar.howTo": "How to subscribe",
  "calendar.howTo.outlook":
    "Outlook: in the calendar choose “Add calendar” → “Subscribe from web” (classic Outlook: “Open calendar” → “From Internet…”) and paste the https link.",
  "calendar.howTo.thunderbird": "Thunderbird: in the calendar choose “New calendar…” → “On the network”, paste the https link as the location.",
  "calendar.howTo.google":
    "Google Calendar (on a computer): next to “Other calendars” click “+” → “From URL” and paste the https link. Google refreshes subscriptions only every few hours.",
  "calendar.howTo.iphone":
    "iPhone and iPad: tap the webcal link and confirm “Subscribe” — or Settings → Calendar → Accounts → Add account → Other → “Add subscribed calendar” and paste the https link.",
  "calendar.profileLink": "Set up calendar subscription",
  "calendar.profileTeaser": "All meetings of your groups in your calendar.",
  "calendar.addToCalendar": "Add to calendar",
  "calendar.groupFeed": "This group's calendar (.ics)",
  "calendar.groupFeedHint":
    "For calendar programs, the subscription links with your personal key are in the calendar subscription of your profile — where you can also subscribe to all your groups at once.",
  "calendar.groupLinks": "Subscribe to single groups only",
  "calendar.settings.public": "Public calendar",
  "calendar.settings.publicHint":
    "When on, the groups' calendar feeds (.ics) can be read without signing in and without a personal key — by anyone who knows the link. Personal calendar links stay private.",
  "calendar.settings.publicOn": "Group calendars are public",
};
