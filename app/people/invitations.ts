// Invitation rules: single use, valid for 14 days from creation.
export const INVITATION_VALID_DAYS = 14;

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export function isInvitationUsable(invitation: { expires_at: string; accepted_at: string | null }, now: Date): boolean {
  return invitation.accepted_at === null && new Date(invitation.expires_at) > now;
}

export type InvitationStatus = "open" | "accepted" | "expired";

/** What the invitation list shows: accepted wins over expired (a used link stays "accepted"). */
export function invitationStatus(invitation: { expires_at: string; accepted_at: string | null }, now: Date): InvitationStatus {
  if (invitation.accepted_at !== null) return "accepted";
  return isInvitationUsable(invitation, now) ? "open" : "expired";
}
