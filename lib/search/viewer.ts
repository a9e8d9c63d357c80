import "server-only";

export type Viewer = { id: string; role: "analyst" | "admin" };

/**
 * Who is searching, for note visibility. Accounts are not on this branch yet, so everyone is
 * anonymous (sees no notes). When lib/auth/session.ts lands, this becomes `return getViewer()`
 * and resolveRequestViewer becomes `return authenticateRequest(request)`.
 */
export async function resolveSearchViewer(): Promise<Viewer | null> {
  return null;
}

export async function resolveRequestViewer(request: Request): Promise<Viewer | null> {
  void request;
  return null;
}
