import * as common from "./common.messages";
import * as auth from "../auth/messages";
import * as directory from "../groups/messages";
import * as admin from "../admin/messages";
import * as people from "../people/messages";
import * as meetings from "../meetings/messages";
import * as agenda from "../meetings/agenda.messages";
import * as rsvp from "../meetings/rsvp.messages";
import * as minutes from "../meetings/minutes.messages";
import * as offers from "../offers/messages";
import * as workPackages from "../work-packages/messages";
import * as calendar from "../calendar/messages";
import * as privacy from "../privacy/messages";

// Every area's strings in one dictionary per locale. Keys are namespaced by area.
export const messages = {
  de: { ...common.de, ...auth.de, ...directory.de, ...admin.de, ...people.de, ...meetings.de, ...agenda.de, ...rsvp.de, ...minutes.de, ...offers.de, ...workPackages.de, ...calendar.de, ...privacy.de },
  en: { ...common.en, ...auth.en, ...directory.en, ...admin.en, ...people.en, ...meetings.en, ...agenda.en, ...rsvp.en, ...minutes.en, ...offers.en, ...workPackages.en, ...calendar.en, ...privacy.en },
};

export type MessageKey = keyof (typeof messages)["de"];
