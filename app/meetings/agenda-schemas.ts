import { formValidator } from "../components/form-validator";
import { z } from "zod";
import { choice } from "../organisations/schemas";

// Forms of the proposal page and the agenda editor. Browser-safe: no server imports.
// Messages are i18n keys; the field components translate them.

export const agendaItemKinds = ["information", "discussion", "decision", "offer_presentation", "report"] as const;
export const agendaItemStatuses = ["proposed", "accepted", "declined", "deferred"] as const;

export const MIN_ITEM_MINUTES = 5;
export const MAX_ITEM_MINUTES = 240;

const requiredText = (max: number) =>
  z.string({ required_error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");

/** Whole minutes between 5 and 240, typed as text ("15"). */
const minutes = z
  .string({ required_error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^\d{1,4}$/, "agenda.validation.minutes")
  .transform(Number)
  .refine((n) => n >= MIN_ITEM_MINUTES && n <= MAX_ITEM_MINUTES, "agenda.validation.minutes");

/** Ids and versions come from hidden fields: positive whole numbers. */
const positiveInt = z
  .string({ required_error: "validation.required" })
  .regex(/^[1-9]\d{0,15}$/, "validation.invalidChoice")
  .transform(Number);

// ── Proposal page ───────────────────────────────────────────────────────────
export const proposalSchema = z.object({
  title: requiredText(200),
  kind: choice(agendaItemKinds),
  description: optionalText(4000),
  desiredMinutes: minutes,
});
export type ProposalInput = z.infer<typeof proposalSchema>;
export const proposalValidator = formValidator(proposalSchema);

// ── Agenda editor: one small form per intent ────────────────────────────────
const itemRef = { itemId: positiveInt, version: positiveInt };

/** Buttons with hidden fields only: accept, defer, reopen, move. */
export const itemCommandSchema = z.object({
  intent: z.enum(["accept", "defer", "reopen", "moveUp", "moveDown"]),
  ...itemRef,
});
export type ItemCommand = z.infer<typeof itemCommandSchema>;

export const declineSchema = z.object({
  intent: z.literal("decline"),
  ...itemRef,
  reason: requiredText(2000),
});
export const declineValidator = formValidator(declineSchema);

/** A presenter is a person ("user:12"), an organisation ("org:5") or nobody (""). */
export const presenterPattern = /^(?:|user:[1-9]\d{0,15}|org:[1-9]\d{0,15})$/;

export const updateItemSchema = z.object({
  intent: z.literal("update"),
  ...itemRef,
  plannedMinutes: minutes,
  presenter: z.string().trim().regex(presenterPattern, "validation.invalidChoice").optional().default(""),
});
export type UpdateItemInput = z.infer<typeof updateItemSchema>;
export const updateItemValidator = formValidator(updateItemSchema);

export function parsePresenter(value: string): { userId: number | null; organisationId: number | null } {
  const [kind, id] = value.split(":");
  if (kind === "user") return { userId: Number(id), organisationId: null };
  if (kind === "org") return { userId: null, organisationId: Number(id) };
  return { userId: null, organisationId: null };
}

export function presenterValue(item: { presenter_user_id: number | null; presenter_organisation_id: number | null }): string {
  if (item.presenter_user_id) return `user:${item.presenter_user_id}`;
  if (item.presenter_organisation_id) return `org:${item.presenter_organisation_id}`;
  return "";
}
