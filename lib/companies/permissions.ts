/**
 * Who may do what with a company: the notes' rule (lib/notes/permissions.ts), one table. Signed-out
 * readers see no companies; an analyst sees shared ones and their own private ones; the author
 * and admins edit and delete. A deleted company is gone for everyone (no restore).
 */
import type { Viewer } from "@/lib/auth/session";
import { isAuthorOrAdmin } from "@/lib/notes/permissions";

export type CompanyVerb = "create" | "read" | "edit" | "delete";
export type CompanyFacts = { authorId: string; visibility: string; deletedAt: Date | null };

/** Whether `viewer` (null when signed out) may do `action` to `company` (omitted for "create"). */
export function can(viewer: Viewer | null, action: CompanyVerb, company?: CompanyFacts): boolean {
  if (!viewer) return false;
  if (action === "create") return true;
  if (!company || company.deletedAt) return false;
  const mine = isAuthorOrAdmin(viewer, company);
  switch (action) {
    case "read":
      return company.visibility === "shared" || mine;
    case "edit":
    case "delete":
      return mine;
  }
}
