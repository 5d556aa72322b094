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

  it("asks for long, repeated passwords, counting characters rather than UTF-16 units", async () => {
    const short = await changePasswordValidator.validate({ currentPassword: "a", newPassword: "kurz", confirmPassword: "kurz" });
    expect(short.error?.fieldErrors.newPassword).toBe("validation.passwordLength");
    // Nine emoji are 18 UTF-16 units but nine characters.
    const emoji = "🙂".repeat(9);
    const nine = await changePasswordValidator.validate({ currentPassword: "a", newPassword: emoji, confirmPassword: emoji });
    expect(nine.error?.fieldErrors.newPassword).toBe("validation.passwordLength");
    const mismatch = await changePasswordValidator.validate({ currentPassword: "a", newPassword: "ein langer satz", confirmPassword: "ein anderer satz" });
    expect(mismatch.error?.fieldErrors.confirmPassword).toBe("validation.passwordMismatch");
  });

  it("takes any characters, spaces included, and passwords of well over 64 characters, without composition rules", async () => {
    for (const password of ["alles klein und ohne ziffern", "Ünïcödé ßätzé 漢字 🙂 пароль", "w".repeat(10) + " ".repeat(2), "x".repeat(200)]) {
      const result = await changePasswordValidator.validate({ currentPassword: "a", newPassword: password, confirmPassword: password });
      expect(result.error, password).toBeUndefined();
      expect(result.data?.newPassword).toBe(password);
    }
  });

  it("follows only same-site paths after sign-in", () => {
    expect(safeRedirect("/n/halle/groups?x=1")).toBe("/n/halle/groups?x=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", null, undefined]) {
      expect(safeRedirect(bad)).toBe("/");
    }
  });
});
