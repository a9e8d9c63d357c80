import { afterEach, describe, expect, it, vi } from "vitest";
import { createNote } from "@/lib/data/notes";
import { getUserTimeZone, saveUserSettings } from "@/lib/data/user-settings";
import { db } from "@/lib/db";
import { dateFormatter } from "@/lib/i18n/dates";
import { accountSettingsSchema, listTimeZones } from "@/lib/validations/settings";
import { createViewer } from "../../support/accounts";

describe("the account's time zone", () => {
  it("accepts IANA zones and an empty choice (the deployment's), and refuses anything else", () => {
    expect(accountSettingsSchema.parse({ timeZone: "America/New_York" })).toEqual({ timeZone: "America/New_York" });
    expect(accountSettingsSchema.parse({ timeZone: "UTC" })).toEqual({ timeZone: "UTC" });
    expect(accountSettingsSchema.parse({ timeZone: "" })).toEqual({ timeZone: null });
    for (const bad of ["Mars/Olympus_Mons", "asia/seoul!", "<script>", 9, undefined])
      expect(accountSettingsSchema.safeParse({ timeZone: bad }).success).toBe(false);
    expect(listTimeZones()).toContain("Asia/Seoul");
  });

  it("is kept per analyst and shows their notes in it, whatever zone the server runs in", async () => {
    const analyst = await createViewer("zone");
    const other = await createViewer("zone-other");
    expect(await getUserTimeZone(analyst.id)).toBeNull();
    await saveUserSettings(analyst.id, { timeZone: "America/New_York" });
    expect(await getUserTimeZone(analyst.id)).toBe("America/New_York");
    expect(await getUserTimeZone(other.id)).toBeNull();

    const note = await createNote(analyst, { measureId: "I-1" }, { body: "zone", visibility: "private" });
    // 11:48 in Seoul is 21:48 the day before in New York (standard time).
    await db.note.update({ where: { id: note.id }, data: { createdAt: new Date("2026-12-02T02:48:00Z") } });
    const { createdAt } = await db.note.findUniqueOrThrow({ where: { id: note.id } });
    const zone = (await getUserTimeZone(analyst.id)) ?? "Asia/Seoul";
    expect(dateFormatter("ko", zone).dateTime(createdAt)).toBe("2026년 12월 1일 오후 9:48");
    expect(dateFormatter("ko", "Asia/Seoul").dateTime(createdAt)).toBe("2026년 12월 2일 오전 11:48");

    await saveUserSettings(analyst.id, { timeZone: null });
    expect(await getUserTimeZone(analyst.id)).toBeNull();
  });
});

describe("DISPLAY_TIME_ZONE", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const load = async () => (await import("@/lib/i18n/deployment-time-zone")).deploymentTimeZone;

  it("defaults to Asia/Seoul", async () => {
    vi.stubEnv("DISPLAY_TIME_ZONE", "");
    expect((await load())()).toBe("Asia/Seoul");
  });

  it("sets the deployment's zone", async () => {
    vi.stubEnv("DISPLAY_TIME_ZONE", "Europe/London");
    expect((await load())()).toBe("Europe/London");
  });

  it("stops with a message naming the variable when the zone is unknown", async () => {
    vi.stubEnv("DISPLAY_TIME_ZONE", "Seoul");
    expect(await load()).toThrow(/DISPLAY_TIME_ZONE="Seoul"/);
  });
});
