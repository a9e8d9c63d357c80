import type { ReactNode } from "react";

/** A brief's table: a caption for screen readers, column headers, and rows that scroll sideways on a phone. */
export function BriefTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {head.map((label) => (
              <th key={label} scope="col" className="py-2 pr-4 font-semibold">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, row) => (
            // Rows are built in a fixed order from the brief, which has no row ids of its own here.
            // biome-ignore lint/suspicious/noArrayIndexKey: the brief's rows never reorder between renders
            <tr key={row} className="border-b border-slate-200 align-top">
              {cells.map((cell, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <td key={column} className="py-2 pr-4">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Numbered references to the brief's sources, linking to the list at its end. */
export function Cited({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return (
    <span className="whitespace-nowrap text-xs">
      {numbers.map((number) => (
        <a key={number} href={`#source-${number}`} className="ml-1 text-brand-700 underline">
          [{number}]
        </a>
      ))}
    </span>
  );
}
