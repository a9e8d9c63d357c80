import type { Viewer } from "@/lib/auth/session";

/** What search needs to know of the viewer to decide which notes they may find. */
export type SearchViewer = Pick<Viewer, "id" | "role">;
