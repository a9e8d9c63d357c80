import { getFormatter, getTranslations } from "next-intl/server";

type Run = {
  id: string;
  trigger: string;
  since: string;
  startedAt: Date;
  ok: boolean;
  fetched: number;
  added: number;
  message: string | null;
  triggeredBy: { name: string } | null;
};

/** The watch's recent runs with their results: what the admin page shows of the WatchRun table. */
export async function WatchRunTable({ runs }: { runs: Run[] }) {
  const [t, format] = await Promise.all([getTranslations("Watch"), getFormatter()]);
  return (
    <section aria-labelledby="runs-heading">
      <h2 id="runs-heading" className="mb-3 text-lg font-bold">
        {t("lastRunsHeading")}
      </h2>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="watch-runs">
          <thead>
            <tr className="border-b border-slate-300">
              {(["started", "trigger", "since", "fetched", "added", "result"] as const).map((key) => (
                <th key={key} scope="col" className="py-2 pr-4">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">
                  {format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-2 pr-4">{run.triggeredBy?.name ?? t("cli")}</td>
                <td className="py-2 pr-4">{run.since}</td>
                <td className="py-2 pr-4">{format.number(run.fetched)}</td>
                <td className="py-2 pr-4">{format.number(run.added)}</td>
                <td className="py-2 pr-4">
                  <span className={run.ok ? "text-green-800" : "font-semibold text-red-800"}>
                    {t(run.ok ? "ok" : "failed")}
                  </span>
                  {run.message ? <span className="block text-slate-700">{run.message}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
