import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./2026-11-24-01-foundation";
import * as meetings from "./2026-11-24-02-meetings";
import * as offers from "./2026-11-24-03-offers";
import * as workPackages from "./2026-11-24-04-work-packages";
import * as calendar from "./2026-11-24-05-calendar";
import * as offerEventDates from "./2026-11-24-06-offer-event-dates";
import * as publicCalendar from "./2026-11-24-07-public-calendar";
import * as performance from "./2026-12-01-01-performance";
import * as privacy from "./2026-12-01-02-privacy";
import * as forgetDeliveredInvitationLinks from "./2026-12-01-03-forget-delivered-invitation-links";
import * as workPackagePageIndexes from "./2026-12-01-04-work-package-page-indexes";
import * as offerSearchFacets from "./2026-12-02-01-offer-search-facets";
import * as memberOrderChanges from "./2026-12-03-01-member-order-changes";
import * as workPackageCounts from "./2026-12-03-02-work-package-counts";
import * as organisationOrderChanges from "./2026-12-03-03-organisation-order-changes";
import * as offerBoardCounts from "./2026-12-03-04-offer-board-counts";
import * as countersOfDeletedParents from "./2026-12-03-05-counters-of-deleted-parents";
import * as groupMemberCounts from "./2026-12-03-06-group-member-counts";
import * as peopleOrderChanges from "./2026-12-03-07-people-order-changes";

// Migrations are listed statically so that the bundled server, the scripts and the
// tests all run the same set without reading the file system at run time.
const migrations: Record<string, Migration> = {
  "2026-11-24-01-foundation": foundation,
  "2026-11-24-02-meetings": meetings,
  "2026-11-24-03-offers": offers,
  "2026-11-24-04-work-packages": workPackages,
  "2026-11-24-05-calendar": calendar,
  "2026-11-24-06-offer-event-dates": offerEventDates,
  "2026-11-24-07-public-calendar": publicCalendar,
  "2026-12-01-01-performance": performance,
  "2026-12-01-02-privacy": privacy,
  "2026-12-01-03-forget-delivered-invitation-links": forgetDeliveredInvitationLinks,
  "2026-12-01-04-work-package-page-indexes": workPackagePageIndexes,
  "2026-12-02-01-offer-search-facets": offerSearchFacets,
  "2026-12-03-01-member-order-changes": memberOrderChanges,
  "2026-12-03-02-work-package-counts": workPackageCounts,
  "2026-12-03-03-organisation-order-changes": organisationOrderChanges,
  "2026-12-03-04-offer-board-counts": offerBoardCounts,
  "2026-12-03-05-counters-of-deleted-parents": countersOfDeletedParents,
  "2026-12-03-06-group-member-counts": groupMemberCounts,
  "2026-12-03-07-people-order-changes": peopleOrderChanges,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
