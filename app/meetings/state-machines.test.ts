import { describe, expect, it } from "vitest";
import type { AgendaItemStatus, MeetingStatus } from "../../db/schema";
import {
  acceptsProposals, agendaItemTransitions, assertAgendaItemTransition, assertMeetingTransition, canWriteMinutes,
  IllegalTransitionError, meetingTransitions,
} from "./state-machines";

const meetingStatuses: MeetingStatus[] = ["planned", "invited", "held", "minutes_published", "cancelled"];
const itemStatuses: AgendaItemStatus[] = ["proposed", "accepted", "declined", "deferred"];

describe("meeting lifecycle", () => {
  const allowed = new Set([
    "planned→invited", "planned→held", "planned→cancelled", "invited→held", "invited→cancelled", "held→minutes_published",
  ]);
  for (const from of meetingStatuses) {
    for (const to of meetingStatuses) {
      const name = `${from}→${to}`;
      it(`${allowed.has(name) ? "allows" : "refuses"} ${name}`, () => {
        if (allowed.has(name)) expect(() => assertMeetingTransition(from, to)).not.toThrow();
        else expect(() => assertMeetingTransition(from, to)).toThrow(IllegalTransitionError);
      });
    }
  }

  it("lists exactly the allowed transitions", () => {
    const listed = Object.entries(meetingTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(new Set(listed)).toEqual(allowed);
  });
});

describe("agenda item lifecycle", () => {
  const allowed = new Set(["proposed→accepted", "proposed→declined", "proposed→deferred", "accepted→deferred", "accepted→proposed", "declined→proposed"]);
  for (const from of itemStatuses) {
    for (const to of itemStatuses) {
      const name = `${from}→${to}`;
      it(`${allowed.has(name) ? "allows" : "refuses"} ${name}`, () => {
        if (allowed.has(name)) expect(() => assertAgendaItemTransition(from, to)).not.toThrow();
        else expect(() => assertAgendaItemTransition(from, to)).toThrow(IllegalTransitionError);
      });
    }
  }

  it("lists exactly the allowed transitions", () => {
    const listed = Object.entries(agendaItemTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(new Set(listed)).toEqual(allowed);
  });
});

describe("proposal deadline and minutes", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("takes proposals until the deadline while the agenda is open", () => {
    expect(acceptsProposals({ status: "planned", proposal_deadline: "2026-03-10T22:59:00Z" }, now)).toBe(true);
    expect(acceptsProposals({ status: "planned", proposal_deadline: "2026-03-10T11:59:00Z" }, now)).toBe(false);
    expect(acceptsProposals({ status: "cancelled", proposal_deadline: "2026-04-10T00:00:00Z" }, now)).toBe(false);
  });

  it("allows minutes from the start of the meeting on", () => {
    expect(canWriteMinutes({ status: "invited", starts_at: "2026-03-10T13:00:00Z" }, now)).toBe(false);
    expect(canWriteMinutes({ status: "invited", starts_at: "2026-03-10T09:00:00Z" }, now)).toBe(true);
    expect(canWriteMinutes({ status: "held", starts_at: "2026-03-11T09:00:00Z" }, now)).toBe(true);
    expect(canWriteMinutes({ status: "cancelled", starts_at: "2026-03-01T09:00:00Z" }, now)).toBe(false);
  });
});
