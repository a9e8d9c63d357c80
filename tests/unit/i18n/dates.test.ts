import { describe, expect, it } from "vitest";
import { dateFormatter, formatDate, formatDateTime, formatDay, utcOffset } from "@/lib/i18n/dates";

// 11:48 in Seoul on 2 December 2026 (the example: UTC pages showed 2:48).
const NOTE_WRITTEN = new Date("2026-12-02T02:48:00Z");

describe("times in the reader's zone", () => {
  it("write Korean times with 오전/오후 and Korean dates, whatever ICU says about ko-KR", () => {
    expect(formatDateTime(NOTE_WRITTEN, "ko", "Asia/Seoul")).toBe("2026년 12월 2일 오전 11:48");
    expect(formatDateTime(new Date("2026-12-02T05:48:00Z"), "ko", "Asia/Seoul")).toBe("2026년 12월 2일 오후 2:48");
    expect(formatDateTime(NOTE_WRITTEN, "ko", "Asia/Seoul")).not.toMatch(/AM|PM/);
  });

  it("write English the same way in every zone", () => {
    expect(formatDateTime(new Date("2026-12-02T05:48:00Z"), "en", "Asia/Seoul")).toBe("Dec 2, 2026, 2:48 PM");
    expect(formatDateTime(NOTE_WRITTEN, "en", "America/New_York")).toBe("Dec 1, 2026, 9:48 PM");
    expect(formatDateTime(NOTE_WRITTEN, "en", "UTC")).toBe("Dec 2, 2026, 2:48 AM");
  });

  it("show midnight and noon as 12 in the right half of the day", () => {
    expect(formatDateTime(new Date("2026-12-01T15:05:00Z"), "ko", "Asia/Seoul")).toBe("2026년 12월 2일 오전 12:05");
    expect(formatDateTime(new Date("2026-12-02T03:00:00Z"), "ko", "Asia/Seoul")).toBe("2026년 12월 2일 오후 12:00");
    expect(formatDateTime(new Date("2026-12-01T15:05:00Z"), "en", "Asia/Seoul")).toBe("Dec 2, 2026, 12:05 AM");
  });

  it("give the day an instant falls on in the zone", () => {
    expect(formatDate(new Date("2026-12-01T20:00:00Z"), "ko", "Asia/Seoul")).toBe("2026년 12월 2일");
    expect(formatDate(new Date("2026-12-01T20:00:00Z"), "ko", "UTC")).toBe("2026년 12월 1일");
    expect(formatDate(new Date("2026-12-01T20:00:00Z"), "en", "UTC")).toBe("Dec 1, 2026");
  });

  it("follow daylight saving time", () => {
    expect(formatDateTime(new Date("2026-07-01T16:00:00Z"), "en", "America/New_York")).toBe("Jul 1, 2026, 12:00 PM");
    expect(utcOffset(new Date("2026-07-01T16:00:00Z"), "America/New_York")).toBe("-04:00");
    expect(utcOffset(new Date("2026-12-01T16:00:00Z"), "America/New_York")).toBe("-05:00");
    expect(utcOffset(NOTE_WRITTEN, "Asia/Seoul")).toBe("+09:00");
    expect(utcOffset(NOTE_WRITTEN, "Asia/Kathmandu")).toBe("+05:45");
  });
});

describe("date-only values", () => {
  it("never move with the zone and never get a time", () => {
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Seoul"]) {
      const when = dateFormatter("ko", zone);
      expect(when.day("2025-07-23")).toBe("2025년 7월 23일");
      expect(dateFormatter("en", zone).day("2025-07-23")).toBe("Jul 23, 2025");
    }
  });

  it("leave text that is not a YYYY-MM-DD date as it was", () => {
    expect(formatDay("2025-07", "ko")).toBe("2025-07");
  });
});
