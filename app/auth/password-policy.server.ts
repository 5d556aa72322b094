import { formValidator } from "../components/form-validator";
import type { z } from "zod";
import type { MessageKey } from "../i18n/messages";
import { comparable, isCommonPassword } from "./common-passwords.server";
import { acceptInvitationSchema, changePasswordSchema, PASSWORD_MIN_LENGTH } from "./schemas";

type Person = { email: string; name?: string | null };

type Refusal = Extract<MessageKey, "validation.passwordLength" | "validation.passwordIsEmail" | "validation.passwordIsName" | "validation.passwordTooCommon">;

/**
 * Why a new password is refused, as a message key, or null: it is too short, the person's
 * e-mail address or name, or one of the most common passwords (letter case, Unicode forms
 * and spaces aside).
 */
export function refusedPasswordReason(password: string, person: Person): Refusal | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "validation.passwordLength";
  const candidate = comparable(password);
  if (candidate === comparable(person.email)) return "validation.passwordIsEmail";
  if (person.name && candidate === comparable(person.name)) return "validation.passwordIsName";
  if (isCommonPassword(password)) return "validation.passwordTooCommon";
  return null;
}

function withPasswordRules<S extends z.ZodTypeAny>(schema: S, field: string, person: (value: z.infer<S>) => Person) {
  return formValidator(
    schema.superRefine((value, ctx) => {
      const password = value[field] as string;
      // A too short password already has its message.
      if ([...password].length < PASSWORD_MIN_LENGTH) return;
      const reason = refusedPasswordReason(password, person(value));
      if (reason) ctx.addIssue({ code: "custom", path: [field], message: reason });
    }),
  );
}

/** The password-change form as the server checks it, for this person. */
export function changePasswordServerValidator(person: Person) {
  return withPasswordRules(changePasswordSchema, "newPassword", () => person);
}

/** The account set-up form of an invitation as the server checks it; the name comes from the form. */
export function acceptInvitationServerValidator(email: string) {
  return withPasswordRules(acceptInvitationSchema, "password", (value) => ({ email, name: value.name }));
}
