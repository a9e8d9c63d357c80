import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { StatusBar } from "@/lib/charts/series";
import { Link } from "@/lib/i18n/navigation";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import { STATUS_GLYPH } from "../tracking/status-badge";

const CELL = "whitespace-nowrap px-2 py-1 text-right";

/** An agency's or sector's name, linked to its page (printed without the address: the table stays narrow). */
function BarName({ bar }: { bar: StatusBar }) {
  return bar.href ? (
    <Link href={bar.href} className="text-brand-700 underline underline-offset-2" data-print="no-url">
      {bar.label}
    </Link>
  ) : (
    bar.label
  );
}

/** A column heading as short as the chart's axis ("Dec", the year under January), read in full. */
function ShortName({ bar }: { bar: StatusBar }) {
  if (!bar.axisLabel || bar.href) return <BarName bar={bar} />;
  return (
    <>
      <span aria-hidden="true">
        {bar.axisLabel}
        {bar.axisNote ? <span className="block text-xs font-normal text-slate-600">{bar.axisNote}</span> : null}
      </span>
      <span className="sr-only" data-full-label>
        {bar.label}
      </span>
    </>
  );
}

/**
 * A chart's numbers as a table. `byColumn`: a column per bar (months across, as in the chart),
 * statuses down; otherwise a row per bar (agencies, sectors), statuses across. Every count cell
 * names its bar and status (data-key, data-status). It scrolls inside its frame when wider than
 * the page, and takes keyboard focus so that it can be scrolled without a mouse.
 */
export async function StatusTable({
  id,
  caption,
  bars,
  byColumn,
  children: categoryHeading,
}: {
  id: string;
  caption: string;
  bars: StatusBar[];
  byColumn: boolean;
  children: ReactNode;
}) {
  const [t, ts] = await Promise.all([getTranslations("Charts"), getTranslations("Status")]);
  const statusName = (status: (typeof IMPLEMENTATION_STATUSES)[number]) => (
    <>
      <span aria-hidden="true">{STATUS_GLYPH[status]} </span>
      {ts(status)}
    </>
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled from the keyboard (WCAG 2.1.1).
    <section aria-labelledby={`${id}-caption`} tabIndex={0} className="relative mt-4 overflow-x-auto">
      <table className="border-collapse text-sm tabular-nums">
        <caption id={`${id}-caption`} className="mb-1 text-left text-sm font-semibold">
          {caption}
        </caption>
        {byColumn ? (
          <>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-semibold">
                  {categoryHeading}
                </th>
                {bars.map((bar) => (
                  <th key={bar.key} scope="col" data-key={bar.key} className={`${CELL} align-bottom font-semibold`}>
                    <ShortName bar={bar} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {IMPLEMENTATION_STATUSES.map((status) => (
                <tr key={status} className="border-t border-slate-200">
                  <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">
                    {statusName(status)}
                  </th>
                  {bars.map((bar) => (
                    <td key={bar.key} data-key={bar.key} data-status={status} className={CELL}>
                      {bar.counts[status]}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t border-slate-300">
                <th scope="row" className="px-2 py-1 text-left font-semibold">
                  {t("totalColumn")}
                </th>
                {bars.map((bar) => (
                  <td key={bar.key} data-key={bar.key} data-status="total" className={`${CELL} font-semibold`}>
                    {bar.total}
                  </td>
                ))}
              </tr>
            </tbody>
          </>
        ) : (
          <>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-semibold">
                  {categoryHeading}
                </th>
                {IMPLEMENTATION_STATUSES.map((status) => (
                  <th key={status} scope="col" className={`${CELL} font-semibold`}>
                    {statusName(status)}
                  </th>
                ))}
                <th scope="col" className={`${CELL} font-semibold`}>
                  {t("totalColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key} className="border-t border-slate-200">
                  <th scope="row" data-key={bar.key} className="px-2 py-1 text-left font-medium">
                    <BarName bar={bar} />
                  </th>
                  {IMPLEMENTATION_STATUSES.map((status) => (
                    <td key={status} data-key={bar.key} data-status={status} className={CELL}>
                      {bar.counts[status]}
                    </td>
                  ))}
                  <td data-key={bar.key} data-status="total" className={`${CELL} font-semibold`}>
                    {bar.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
    </section>
  );
}
