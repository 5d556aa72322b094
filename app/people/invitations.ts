// Invitation rules: single use, valid for 14 days from creation.
export const INVITATION_VALID_DAYS = 14;

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export function isInvitationUsable(invitation: { expires_at: string; accepted_at: string | null }, now: Date): boolean {
  return invitation.accepted_at === null && new Date(invitation.expires_at) > now;
}
