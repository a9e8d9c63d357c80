import { deadlineCalendarResponse } from "@/lib/calendar/respond";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /calendar.ics — every deadline the orders and memos set, one all-day event each. */
export async function GET(request: Request) {
  return withErrorHandling(() => deadlineCalendarResponse(request, "AI Action Plan — deadlines / AI 행동 계획 기한"));
}
