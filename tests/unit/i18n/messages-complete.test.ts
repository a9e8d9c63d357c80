import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

type Kind = "number" | "date" | "text";

/** Every argument a message takes, and what kind of value it wants. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Kind>()): Map<string, Kind> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.set(element.value, found.get(element.value) ?? "text");
    if (element.type === TYPE.number || element.type === TYPE.plural) found.set(element.value, "number");
    if (element.type === TYPE.date || element.type === TYPE.time) found.set(element.value, "date");
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

function parseOrNull(source: string): MessageFormatElement[] | null {
  try {
    return parse(source);
  } catch {
    return null;
  }
}

const LANGUAGES = { en: flatten(en), ko: flatten(ko) };

// A sample per argument that cannot be mistaken for message text: the output must contain it.
function sampleValues(args: Map<string, Kind>) {
  return Object.fromEntries(
    [...args].map(([name, kind]) => [
      name,
      kind === "number" ? 7 : kind === "date" ? new Date("2026-12-02T02:48:00Z") : `«${name}»`,
    ]),
  );
}

describe("every UI message", () => {
  it("exists in both languages", () => {
    const missingInKo = [...LANGUAGES.en.keys()].filter((key) => !LANGUAGES.ko.has(key));
    const missingInEn = [...LANGUAGES.ko.keys()].filter((key) => !LANGUAGES.en.has(key));
    expect({ missingInKo, missingInEn }).toEqual({ missingInKo: [], missingInEn: [] });
  });

  for (const [locale, messages] of [
    ["en", en],
    ["ko", ko],
  ] as const) {
    it(`renders filled in, with no placeholder left (${locale})`, () => {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages, timeZone: "UTC", onError: (error) => errors.push(error.message) });
      const problems: string[] = [];
      for (const [key, source] of LANGUAGES[locale]) {
        // The arguments either language takes: callers pass the same values to both.
        const own = parseOrNull(source);
        if (!own) {
          problems.push(`${key}: "${source}" is not a valid message`);
          continue;
        }
        const args = argumentsOf(own);
        const other = parseOrNull(LANGUAGES[locale === "en" ? "ko" : "en"].get(key) ?? "");
        for (const [name, kind] of argumentsOf(other ?? [])) if (!args.has(name)) args.set(name, kind);
        const values = sampleValues(args);
        const text = t(key as never, values as never) as string;
        if (/[{}]/.test(text)) problems.push(`${key}: "${text}" still has a placeholder`);
        for (const [name, kind] of argumentsOf(own))
          if (kind === "text" && !text.includes(`«${name}»`)) problems.push(`${key}: "${text}" lost {${name}}`);
        if (text === key || text.endsWith(key)) problems.push(`${key}: rendered as its key`);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
