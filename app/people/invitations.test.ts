import { describe, expect, it } from "vitest";
import { INVITATION_VALID_DAYS, invitationExpiry, invitationStatus, isInvitationUsable } from "./invitations";

const created = new Date("2026-03-01T10:00:00.000Z");
const day = 24 * 60 * 60 * 1000;

describe("invitation rules", () => {
  it("expires 14 days after creation", () => {
    expect(INVITATION_VALID_DAYS).toBe(14);
    expect(invitationExpiry(created).toISOString()).toBe("2026-03-15T10:00:00.000Z");
  });

  it("can be used until it expires, and only once", () => {
    const open = { expires_at: invitationExpiry(created).toISOString(), accepted_at: null };
    expect(isInvitationUsable(open, new Date(created.getTime() + 13 * day))).toBe(true);
    expect(isInvitationUsable(open, new Date(created.getTime() + 14 * day))).toBe(false);
    expect(isInvitationUsable(open, new Date(created.getTime() + 15 * day))).toBe(false);
    const used = { ...open, accepted_at: new Date(created.getTime() + day).toISOString() };
    expect(isInvitationUsable(used, new Date(created.getTime() + 2 * day))).toBe(false);
  });

  it("shows as open, accepted or expired — a used link stays accepted after its expiry", () => {
    const open = { expires_at: invitationExpiry(created).toISOString(), accepted_at: null };
    const used = { ...open, accepted_at: new Date(created.getTime() + day).toISOString() };
    expect(invitationStatus(open, new Date(created.getTime() + day))).toBe("open");
    expect(invitationStatus(open, new Date(created.getTime() + 15 * day))).toBe("expired");
    expect(invitationStatus(used, new Date(created.getTime() + 2 * day))).toBe("accepted");
    expect(invitationStatus(used, new Date(created.getTime() + 30 * day))).toBe("accepted");
  });
});
