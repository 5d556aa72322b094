import { describe, expect, it } from "vitest";
import { byNetworkThenGermanName, inGermanOrder } from "./german-order";

describe("inGermanOrder", () => {
  it("sorts umlauts, ß and accents with their base letters, not after Z", () => {
    const names = ["Zukunftswerkstatt", "Ärztekammer", "Straßenhilfe", "Strasse 2", "Çiğdem e.V.", "Caritas", "Öko-Verein", "Ortsverband", "arbeit plus"];
    expect(inGermanOrder(names.map((name) => ({ name }))).map((r) => r.name)).toEqual([
      "arbeit plus", "Ärztekammer", "Caritas", "Çiğdem e.V.", "Öko-Verein", "Ortsverband", "Strasse 2", "Straßenhilfe", "Zukunftswerkstatt",
    ]);
  });
  it("returns a new array and keeps the order of equal names", () => {
    const rows = [{ name: "B", id: 1 }, { name: "A", id: 2 }, { name: "B", id: 3 }];
    expect(inGermanOrder(rows).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });
});

describe("byNetworkThenGermanName", () => {
  it("groups by network slug and sorts the names in German order within each", () => {
    const rows = [
      { network: "vogtland", group: "Arbeit" },
      { network: "halle", group: "Zuwanderung" },
      { network: "halle", group: "Ämterlotsen" },
      { network: "halle", group: "Deutsch" },
    ];
    expect(byNetworkThenGermanName(rows, (r) => r.group).map((r) => `${r.network}/${r.group}`)).toEqual([
      "halle/Ämterlotsen", "halle/Deutsch", "halle/Zuwanderung", "vogtland/Arbeit",
    ]);
  });
});
