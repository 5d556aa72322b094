import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords.server";
import { acceptInvitationServerValidator, changePasswordServerValidator, refusedPasswordReason } from "./password-policy.server";

const anna = { email: "anna.schmidt@halle.example", name: "Anna Schmidt" };

describe("common passwords", () => {
  it("knows the top of the breach lists, far down the list too, and the German additions", () => {
    for (const password of ["password", "123456789", "qwertyuiop", "1234567890", "iloveyou", "sunshine1", "trustno1", "passwort123", "schalke04!", "willkommen"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("ignores letter case, spaces and Unicode forms", () => {
    expect(isCommonPassword("PassWord123")).toBe(true);
    expect(isCommonPassword("pass word 123")).toBe(true);
    // Full-width letters are the same password after NFKC.
    expect(isCommonPassword("ｐａｓｓｗｏｒｄ１２３")).toBe(true);
  });

  it("lets uncommon passwords through", () => {
    expect(isCommonPassword("Kaffee am Marktplatz um acht")).toBe(false);
    expect(isCommonPassword("netzwerk-demo2")).toBe(false);
  });
});

describe("refusedPasswordReason", () => {
  it("refuses passwords shorter than 10 characters", () => {
    expect(refusedPasswordReason("kurz", anna)).toBe("validation.passwordLength");
  });

  it("refuses the person's e-mail address and name, whatever the case or spacing", () => {
    expect(refusedPasswordReason("Anna.Schmidt@Halle.example", anna)).toBe("validation.passwordIsEmail");
    expect(refusedPasswordReason("anna schmidt", anna)).toBe("validation.passwordIsName");
    expect(refusedPasswordReason("AnnaSchmidt", anna)).toBe("validation.passwordIsName");
  });

  it("refuses common passwords and accepts a long sentence", () => {
    expect(refusedPasswordReason("Password123", anna)).toBe("validation.passwordTooCommon");
    expect(refusedPasswordReason("Anna trinkt Kaffee am Markt", anna)).toBeNull();
  });
});

describe("server validators", () => {
  it("report a refused new password on its field, with one message", async () => {
    const result = await changePasswordServerValidator(anna).validate({ currentPassword: "x", newPassword: "qwertzuiop", confirmPassword: "qwertzuiop" });
    expect(result.error?.fieldErrors).toEqual({ newPassword: "validation.passwordTooCommon" });
    const short = await changePasswordServerValidator(anna).validate({ currentPassword: "x", newPassword: "kurz", confirmPassword: "kurz" });
    expect(short.error?.fieldErrors).toEqual({ newPassword: "validation.passwordLength" });
  });

  it("compare an invitation's password with the invited address and the name typed in the form", async () => {
    const validator = acceptInvitationServerValidator(anna.email);
    const asName = await validator.validate({ name: "Anna Schmidt", password: "anna schmidt", confirmPassword: "anna schmidt" });
    expect(asName.error?.fieldErrors).toEqual({ password: "validation.passwordIsName" });
    const asEmail = await validator.validate({ name: "Anna", password: anna.email, confirmPassword: anna.email });
    expect(asEmail.error?.fieldErrors).toEqual({ password: "validation.passwordIsEmail" });
    const fine = await validator.validate({ name: "Anna", password: "Anna trinkt Kaffee", confirmPassword: "Anna trinkt Kaffee" });
    expect(fine.error).toBeUndefined();
  });
});
