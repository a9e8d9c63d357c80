import type { ReactNode } from "react";

/** The title block at the top of every page: an eyebrow line, the h1, and an optional lead. */
export function PageHeading({
  eyebrow,
  title,
  lead,
  lang,
}: {
  eyebrow?: ReactNode;
  title: string;
  lead?: ReactNode;
  lang?: string;
}) {
  return (
    <header className="mb-8 space-y-2">
      {eyebrow ? <p className="text-sm font-semibold text-brand-700">{eyebrow}</p> : null}
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
        {title}
      </h1>
      {lead ? <div className="max-w-3xl text-base text-slate-700">{lead}</div> : null}
    </header>
  );
}
