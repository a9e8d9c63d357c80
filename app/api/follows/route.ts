import { NextResponse } from "next/server";
import { authenticateRequest } from "@/lib/auth/session";
import { listFollows } from "@/lib/data/follows";
import { UnauthorizedError } from "@/lib/errors";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /api/follows — what the signed-in analyst (cookie or Bearer token) follows. Private, never cached. */
export async function GET(request: Request) {
  return withErrorHandling(async () => {
    const viewer = await authenticateRequest(request);
    if (!viewer) throw new UnauthorizedError();
    const follows = await listFollows(viewer.id);
    return NextResponse.json(
      { data: { measures: follows.measures.map((m) => m.id), sectors: follows.sectors.map((s) => s.id) } },
      { headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } },
    );
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
