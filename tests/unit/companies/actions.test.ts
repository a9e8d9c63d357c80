/**
 * The sector page's form through its server action: field messages beside the inputs (the
 * duplicate ticker included) and the typed values handed back, so a refused form shows them
 * again even without JavaScript. Only Next's request context is stood in for.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie } from "../../support/accounts";

vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { createCompanyAction, updateCompanyAction } = await import("@/lib/actions/companies");
const idle = { ok: false, message: "" } as const;

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const skhynix = {
  nameKo: "SK하이닉스",
  nameEn: "SK hynix",
  ticker: "000660",
  market: "KRX",
  rationale: "HBM.",
  visibility: "shared",
  measures: ["II-1", "II-2"],
  actions: "II-1.1, II-2.1",
};

beforeAll(async () => {
  request.headers = new Headers({ cookie: await sessionCookie(await createViewer("companies-form")) });
});

describe("the add-company form's action", () => {
  it("saves a valid company with its exposures from checkboxes and the action-id field", async () => {
    expect(await createCompanyAction("infrastructure", idle, form(skhynix))).toMatchObject({
      ok: true,
      message: "saved",
    });
    const saved = await db.company.findUniqueOrThrow({
      where: { market_ticker: { market: "KRX", ticker: "000660" } },
      include: { measures: true, actions: true },
    });
    expect(saved.measures.map((link) => link.measureId).sort()).toEqual(["II-1", "II-2"]);
    expect(saved.actions.map((link) => link.actionId).sort()).toEqual(["II-1.1", "II-2.1"]);
  });

  it("puts the duplicate message beside the ticker and hands back what was typed", async () => {
    const state = await createCompanyAction("power", idle, form({ ...skhynix, nameEn: "Again", ticker: " 000660" }));
    expect(state).toMatchObject({
      ok: false,
      message: "fixFields",
      fieldErrors: { ticker: ["duplicate"] },
      values: { nameEn: "Again", ticker: " 000660", measures: ["II-1", "II-2"] },
    });
  });

  it("puts each invalid field's message beside it, saving nothing", async () => {
    const before = await db.company.count();
    const state = await createCompanyAction(
      "power",
      idle,
      form({ nameKo: "", nameEn: "X", ticker: "!!", market: "KRX", rationale: "" }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.ok ? {} : (state.fieldErrors ?? {})).sort()).toEqual(["nameKo", "rationale", "ticker"]);
    expect(await db.company.count()).toBe(before);
  });

  it("edits through the same schema, refusing a ticker another company holds", async () => {
    const other = await createCompanyAction("power", idle, form({ ...skhynix, ticker: "000670" }));
    expect(other.ok).toBe(true);
    const id = (await db.company.findUniqueOrThrow({ where: { market_ticker: { market: "KRX", ticker: "000670" } } }))
      .id;
    expect(await updateCompanyAction(id, idle, form({ ...skhynix, ticker: "000660" }))).toMatchObject({
      fieldErrors: { ticker: ["duplicate"] },
    });
    expect(
      await updateCompanyAction(id, idle, form({ ...skhynix, ticker: "000670", nameEn: "Young Poong" })),
    ).toMatchObject({
      ok: true,
    });
  });
});
