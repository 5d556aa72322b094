import { describe, expect, it } from "vitest";
import { changePasswordValidator, loginValidator, safeRedirect } from "./schemas";

describe("auth schemas", () => {
  it("reports each bad login field with its message key", async () => {
    const result = await loginValidator.validate({ email: "x", password: "" });
    expect(result.error?.fieldErrors).toEqual({ email: "validation.email", password: "validation.required" });
  });

  it("trims the e-mail address", async () => {
    const result = await loginValidator.validate({ email: "  arbeit@halle.example ", password: "p" });
    expect(result.data?.email).toBe("arbeit@halle.example");
  });

  it("asks for long, uncommon, repeated passwords", async () => {
    const short = await changePasswordValidator.validate({ currentPassword: "a", newPassword: "kurz", confirmPassword: "kurz" });
    expect(short.error?.fieldErrors.newPassword).toBe("validation.passwordLength");
    const common = await changePasswordValidator.validate({ currentPassword: "a", newPassword: "passwort123", confirmPassword: "passwort123" });
    expect(common.error?.fieldErrors.newPassword).toBe("validation.passwordTooCommon");
    const mismatch = await changePasswordValidator.validate({ currentPassword: "a", newPassword: "ein langer satz", confirmPassword: "ein anderer satz" });
    expect(mismatch.error?.fieldErrors.confirmPassword).toBe("validation.passwordMismatch");
  });

  it("follows only same-site paths after sign-in", () => {
    expect(safeRedirect("/n/halle/groups?x=1")).toBe("/n/halle/groups?x=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", null, undefined]) {
      expect(safeRedirect(bad)).toBe("/");
    }
  });
});
