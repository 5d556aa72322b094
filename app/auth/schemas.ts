import { formValidator } from "../components/form-validator";
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

// Form schemas are shared by browser and server; messages are i18n keys.
const email = z.string().trim().min(1, "validation.required").max(254, "validation.tooLong").email("validation.email");

export const newPassword = z
  .string()
  .min(10, "validation.passwordLength")
  .max(200, "validation.tooLong")
  .refine((p) => !isCommonPassword(p), "validation.passwordTooCommon");

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  redirectTo: z.string().optional(),
});
export const loginValidator = formValidator(loginSchema);

export const changePasswordValidator = formValidator(
  z
    .object({
      currentPassword: z.string().min(1, "validation.required"),
      newPassword,
      confirmPassword: z.string().min(1, "validation.required"),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { message: "validation.passwordMismatch", path: ["confirmPassword"] }),
);

export const acceptInvitationValidator = formValidator(
  z
    .object({
      name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
      password: newPassword,
      confirmPassword: z.string().min(1, "validation.required"),
    })
    .refine((v) => v.password === v.confirmPassword, { message: "validation.passwordMismatch", path: ["confirmPassword"] }),
);

/** Only same-site paths are followed after sign-in, never another host. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
