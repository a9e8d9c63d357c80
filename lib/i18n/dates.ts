/**
 * Every date and time the app shows to a reader is written here, one style per language:
 *   ko  "2026년 12월 2일", "2026년 12월 2일 오후 2:48"
 *   en  "Dec 2, 2026",     "Dec 2, 2026, 2:48 PM"
 * Pure functions of (value, locale, time zone). The words are composed here rather than asked of
 * Intl's locale data, because what that data says depends on the ICU the server was built with
 * (this machine's Node prints "PM" for ko-KR). Intl is trusted only for the numbers: the year,
 * month, day, hour and minute of an instant in a zone.
 * Machine formats (CSV, JSON, ICS, Atom) keep ISO 8601 with an offset: `Date#toISOString()`.
 */
import type { Locale } from "./routing";

/** Where the deployment's readers are unless DISPLAY_TIME_ZONE or their own setting says otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Seoul";

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const numericFormats = new Map<string, Intl.DateTimeFormat>();

function numericFormat(timeZone: string): Intl.DateTimeFormat {
  let format = numericFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    numericFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in a zone (throws a RangeError for an unknown zone). */
export function wallClock(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    numericFormat(timeZone)
      .formatToParts(date)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  );
  // Some ICU builds write midnight as "24" even with h23.
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

function dayText({ year, month, day }: Pick<WallClock, "year" | "month" | "day">, locale: Locale): string {
  return locale === "ko" ? `${year}년 ${month}월 ${day}일` : `${EN_MONTHS[month - 1]} ${day}, ${year}`;
}

function timeText({ hour, minute }: Pick<WallClock, "hour" | "minute">, locale: Locale): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const clock = `${twelve}:${String(minute).padStart(2, "0")}`;
  if (locale === "ko") return `${hour < 12 ? "오전" : "오후"} ${clock}`;
  return `${clock} ${hour < 12 ? "AM" : "PM"}`;
}

/** An instant with its time: "2026년 12월 2일 오후 2:48" / "Dec 2, 2026, 2:48 PM". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  const clock = wallClock(date, timeZone);
  return `${dayText(clock, locale)}${locale === "ko" ? " " : ", "}${timeText(clock, locale)}`;
}

/** The day an instant falls on in the zone: "2026년 12월 2일" / "Dec 2, 2026". */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return dayText(wallClock(date, timeZone), locale);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date stored as "YYYY-MM-DD" (an event's day, a source's publication day). It names a
 * day, not an instant: it never gets a time and never moves with the reader's zone. Anything
 * that is not such a date is returned as it was rather than guessed at.
 */
export function formatDay(isoDay: string, locale: Locale): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  return dayText({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, locale);
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar month stored as "YYYY-MM" (a chart's bar): "2026년 12월" / "Dec 2026", or with
 * `short` the month alone, "12월" / "Dec". Anything else is returned as it was.
 */
export function formatMonth(isoMonth: string, locale: Locale, { short = false } = {}): string {
  const match = ISO_MONTH.exec(isoMonth);
  if (!match) return isoMonth;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return isoMonth;
  const name = locale === "ko" ? `${month}월` : EN_MONTHS[month - 1];
  if (short) return name;
  return locale === "ko" ? `${year}년 ${name}` : `${name} ${year}`;
}

/** The zone's offset from UTC at an instant, "+09:00" (for labels such as the settings list). */
export function utcOffset(date: Date, timeZone: string): string {
  const clock = wallClock(date, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const minutes = Math.round((asUtc - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The three formats bound to one reader's language and zone; what pages and components use. */
export type DateFormatter = {
  locale: Locale;
  timeZone: string;
  /** An instant with its time (a note written, a status changed). */
  dateTime: (date: Date) => string;
  /** The day of an instant in the reader's zone (an account created). */
  date: (date: Date) => string;
  /** A "YYYY-MM-DD" calendar date, unchanged by the zone (an event's day). */
  day: (isoDay: string) => string;
};

export function dateFormatter(locale: Locale, timeZone: string): DateFormatter {
  return {
    locale,
    timeZone,
    dateTime: (date) => formatDateTime(date, locale, timeZone),
    date: (date) => formatDate(date, locale, timeZone),
    day: (isoDay) => formatDay(isoDay, locale),
  };
}
