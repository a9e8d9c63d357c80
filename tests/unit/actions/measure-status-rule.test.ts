import { describe, expect, it } from "vitest";
import { deriveMeasureStatus, type ReportedStatus } from "@/lib/tracking/measure-status-rule";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

const day = (n: number) => new Date(Date.UTC(2025, 8, n));
const unreported: ReportedStatus = { status: "not-started", verified: false, changedAt: null };
const at = (status: ImplementationStatus, verified = false, n = 1): ReportedStatus => ({
  status,
  verified,
  changedAt: day(n),
});

type Case = {
  name: string;
  actions: ReportedStatus[];
  measureLevel?: ReportedStatus;
  status: ImplementationStatus;
  verified: boolean;
  basis: "actions" | "measure";
};

const cases: Case[] = [
  { name: "no actions, no history", actions: [], status: "not-started", verified: false, basis: "actions" },
  {
    name: "no actions, measure-level history",
    actions: [],
    measureLevel: at("in-progress", true),
    status: "in-progress",
    verified: true,
    basis: "measure",
  },
  {
    name: "actions none reported, measure-level history kept",
    actions: [unreported, unreported],
    measureLevel: at("partially-implemented"),
    status: "partially-implemented",
    verified: false,
    basis: "measure",
  },
  {
    name: "all actions unreported",
    actions: [unreported, unreported, unreported],
    status: "not-started",
    verified: false,
    basis: "actions",
  },
  {
    name: "one of five in progress",
    actions: [at("in-progress", true), unreported, unreported, unreported, unreported],
    status: "in-progress",
    verified: true,
    basis: "actions",
  },
  {
    name: "one reported back to not started",
    actions: [at("not-started", true), unreported],
    status: "not-started",
    verified: false,
    basis: "actions",
  },
  {
    name: "one partially implemented among in progress",
    actions: [at("in-progress", true), at("partially-implemented", true), unreported],
    status: "partially-implemented",
    verified: true,
    basis: "actions",
  },
  {
    name: "one implemented, others not started",
    actions: [at("implemented", true), unreported],
    status: "partially-implemented",
    verified: true,
    basis: "actions",
  },
  {
    name: "all implemented",
    actions: [at("implemented", true), at("implemented", true)],
    status: "implemented",
    verified: true,
    basis: "actions",
  },
  {
    name: "all implemented, one only claimed",
    actions: [at("implemented", true), at("implemented", false)],
    status: "implemented",
    verified: false,
    basis: "actions",
  },
  {
    name: "action statuses override measure-level history",
    actions: [at("in-progress"), unreported],
    measureLevel: at("implemented", true),
    status: "in-progress",
    verified: false,
    basis: "actions",
  },
];

describe("a measure's status derived from its actions", () => {
  for (const c of cases) {
    it(c.name, () => {
      const derived = deriveMeasureStatus(c.actions, c.measureLevel ?? null);
      expect({ status: derived.status, verified: derived.verified, basis: derived.basis }).toEqual({
        status: c.status,
        verified: c.verified,
        basis: c.basis,
      });
      expect(derived.actionTotal).toBe(c.actions.length);
    });
  }

  it('counts every action per status, so the page can say "2 of 5 actions in progress"', () => {
    const derived = deriveMeasureStatus(
      [at("in-progress"), at("in-progress"), unreported, unreported, unreported],
      null,
    );
    expect(derived.actionCounts).toEqual({
      "not-started": 3,
      "in-progress": 2,
      "partially-implemented": 0,
      implemented: 0,
    });
    expect(derived.actionTotal).toBe(5);
  });

  it("dates the derived status at its actions' latest change", () => {
    const derived = deriveMeasureStatus([at("in-progress", false, 3), at("in-progress", false, 9), unreported], null);
    expect(derived.changedAt).toEqual(day(9));
  });
});
