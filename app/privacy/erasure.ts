// Who may be deleted, and what goes with them (docs/decisions/013-deleting-a-person.md). Pure.

export type ErasureRefusal = "self" | "lastAdmin";

/**
 * Why an admin may not delete this person from the network, or null when they may. Nobody
 * deletes themselves (a slip would lock them out), and a network never loses its last admin.
 */
export function erasureRefusal(input: {
  actorUserId: number;
  userId: number;
  role: "admin" | "member";
  /** active admins of the network other than the person */
  otherAdmins: number;
}): ErasureRefusal | null {
  if (input.actorUserId === input.userId) return "self";
  if (input.role === "admin" && input.otherAdmins === 0) return "lastAdmin";
  return null;
}

/** The account itself (name, e-mail, password, sessions, tokens) goes with its last network. */
export function accountGoes(otherNetworks: number): boolean {
  return otherNetworks === 0;
}

/** An audit event's details without the e-mail address of the deleted person. */
export function withoutEmail(details: string, email: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return details;
  const entries = Object.entries(parsed).filter(([, value]) => !(typeof value === "string" && value.toLowerCase() === email));
  return JSON.stringify(Object.fromEntries(entries));
}
