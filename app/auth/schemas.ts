import { formValidator } from "../components/form-validator";
import { z } from "zod";

// Form schemas are shared by browser and server; messages are i18n keys.
const email = z.string().trim().min(1, "validation.required").max(254, "validation.tooLong").email("validation.email");

// Length over complexity (NIST SP 800-63B, BSI IT-Grundschutz ORP.4): at least 10 characters,
// counted as Unicode code points, any characters including spaces, no composition rules.
// The server adds the checks that need the common-password list or the person
// (password-policy.server.ts); see docs/decisions/016-password-rules.md.
export const PASSWORD_MIN_LENGTH = 10;
export const newPassword = z
  .string()
  .max(200, "validation.tooLong")
  .refine((p) => [...p].length >= PASSWORD_MIN_LENGTH, "validation.passwordLength");

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  redirectTo: z.string().optional(),
});
export const loginValidator = formValidator(loginSchema);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required"),
    newPassword,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "validation.passwordMismatch", path: ["confirmPassword"] });
export const changePasswordValidator = formValidator(changePasswordSchema);

export const acceptInvitationSchema = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
    password: newPassword,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "validation.passwordMismatch", path: ["confirmPassword"] });
export const acceptInvitationValidator = formValidator(acceptInvitationSchema);

/** Only same-site paths are followed after sign-in, never another host. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
