import * as common from "./common.messages";
import * as auth from "../auth/messages";
import * as directory from "../groups/messages";
import * as admin from "../admin/messages";
import * as people from "../people/messages";

// Every area's strings in one dictionary per locale. Keys are namespaced by area.
export const messages = {
  de: { ...common.de, ...auth.de, ...directory.de, ...admin.de, ...people.de },
  en: { ...common.en, ...auth.en, ...directory.en, ...admin.en, ...people.en },
};

export type MessageKey = keyof (typeof messages)["de"];
