/** The plan's own numbering ("II-3"), shown before measure titles. */
export function MeasureIdBadge({ id }: { id: string }) {
  return (
    <span className="mr-2 inline-block min-w-12 rounded bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs font-semibold text-slate-700">
      {id}
    </span>
  );
}
