import { describe, expect, it } from "vitest";
import { accountGoes, erasureRefusal, withoutEmail } from "./erasure";

describe("erasureRefusal", () => {
  it("refuses an admin deleting themselves", () => {
    expect(erasureRefusal({ actorUserId: 1, userId: 1, role: "admin", otherAdmins: 3 })).toBe("self");
  });

  it("refuses deleting the last admin of a network", () => {
    expect(erasureRefusal({ actorUserId: 1, userId: 2, role: "admin", otherAdmins: 0 })).toBe("lastAdmin");
  });

  it("allows deleting a member, or an admin while another admin remains", () => {
    expect(erasureRefusal({ actorUserId: 1, userId: 2, role: "member", otherAdmins: 0 })).toBeNull();
    expect(erasureRefusal({ actorUserId: 1, userId: 2, role: "admin", otherAdmins: 1 })).toBeNull();
  });
});

describe("accountGoes", () => {
  it("deletes the account only with its last network", () => {
    expect(accountGoes(0)).toBe(true);
    expect(accountGoes(1)).toBe(false);
  });
});

describe("withoutEmail", () => {
  it("drops the person's address from the details, whatever its case, and keeps the rest", () => {
    expect(JSON.parse(withoutEmail(JSON.stringify({ email: "Anna@Example.org", role: "member" }), "anna@example.org"))).toEqual({ role: "member" });
  });

  it("leaves other addresses and unreadable details alone", () => {
    const other = JSON.stringify({ email: "bert@example.org" });
    expect(withoutEmail(other, "anna@example.org")).toBe(other);
    expect(withoutEmail("not json", "anna@example.org")).toBe("not json");
  });
});
