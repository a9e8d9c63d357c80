import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";

let counter = 0;

/** An analyst written straight into this file's test database (accounts are not needed here). */
export async function createAnalyst(name = "Analyst") {
  counter += 1;
  return db.user.create({
    data: { id: `user-${counter}-${Date.now()}`, name, email: `analyst${counter}-${Date.now()}@example.com` },
  });
}

/** A change as the action page's form and the API send it (on II-1.1, a measure-II-1 action). */
export const validActionChange = {
  actionId: "II-1.1",
  status: "in-progress",
  verified: true,
  reason: "Agencies began work under EO 14318.",
  sourceUrls: ["https://www.whitehouse.gov/presidential-actions/"],
};

/** The same change as an old measure-level row (see tests/support/measure-level-status.ts). */
export const validChange = {
  measureId: "II-1",
  status: "in-progress",
  verified: true,
  reason: "Agencies began work under EO 14318.",
  sourceUrls: ["https://www.whitehouse.gov/presidential-actions/"],
};

/** The viewer shape the data layer takes, for a user made by createAnalyst. */
export function asViewer(user: { id: string; name: string; email: string }): Viewer {
  return { id: user.id, name: user.name, email: user.email, role: "analyst" };
}
