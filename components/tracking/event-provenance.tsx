import { getTranslations } from "next-intl/server";
import type { TimelineEvent } from "@/lib/data/events";
import { Link } from "@/lib/i18n/navigation";

/** Who issued an event, its identifiers, how well it is confirmed, and the actions it bears on. */
export async function EventProvenance({ event }: { event: TimelineEvent }) {
  const t = await getTranslations("Timeline");
  if (!event.issuingBody && event.identifiers.length === 0 && !event.confidence && event.actionIds.length === 0)
    return null;
  return (
    <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="event-provenance">
      {event.issuingBody ? (
        <div>
          <dt className="inline font-semibold">{t("issuedBy")}: </dt>
          <dd className="inline">{event.issuingBody}</dd>
        </div>
      ) : null}
      {event.identifiers.length > 0 ? (
        <div>
          <dt className="inline font-semibold">{t("identifiers")}: </dt>
          <dd className="inline">{event.identifiers.join(" · ")}</dd>
        </div>
      ) : null}
      {event.confidence || event.planRole ? (
        <div className="flex gap-1">
          <dt className="sr-only">{t("source")}</dt>
          {event.confidence ? (
            <dd
              className={`rounded border px-1.5 text-xs font-semibold ${event.confidence === "official" ? "border-green-700 text-green-900" : "border-slate-500 text-slate-800"}`}
              data-confidence={event.confidence}
            >
              {t(`confidence.${event.confidence}`)}
            </dd>
          ) : null}
          {event.planRole ? (
            <dd className="rounded bg-slate-100 px-1.5 text-xs">{t(`planRole.${event.planRole}`)}</dd>
          ) : null}
        </div>
      ) : null}
      {event.actionIds.length > 0 ? (
        <div>
          <dt className="inline font-semibold">{t("actions")}: </dt>
          <dd className="inline">
            {event.actionIds.map((id) => (
              <Link key={id} href={`/actions/${id}`} className="mr-2 text-brand-700 underline">
                {id}
              </Link>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The further pages that confirm an event, folded away: most readers need only the first. */
export async function FurtherSources({ urls }: { urls: string[] }) {
  const t = await getTranslations("Timeline");
  if (urls.length === 0) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-slate-700">
        {t("moreSources")} ({urls.length})
      </summary>
      <ul className="mt-1 list-disc pl-5">
        {urls.map((url) => (
          <li key={url}>
            <a href={url} className="break-all text-brand-700 underline" rel="noopener noreferrer nofollow">
              {url}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
