import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { assertWriteAllowed } from "@/lib/rate-limit";

/**
 * The signed-in viewer of a server action that writes, or null when signed out. Every writing
 * action starts here, so this is the actions' one rate-limit check: over the limit it throws a
 * TooManyRequestsError, which toFormError turns into a message saying when to try again.
 */
export async function getWritingViewer(): Promise<Viewer | null> {
  const viewer = await getViewer();
  if (viewer) assertWriteAllowed(viewer.id);
  return viewer;
}
