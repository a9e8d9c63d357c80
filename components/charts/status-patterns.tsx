import type { ImplementationStatus } from "@/lib/validations/vocabulary";

/**
 * One fill per status that reads without colour, following the glyphs ○ ◔ ◑ ●: not started is a
 * pale tint, in progress sparse dots, partially implemented dense diagonal hatching, implemented
 * solid. The colours are the theme's variables (docs/design.md), so they mirror in the dark scheme.
 */
const TINT: Record<ImplementationStatus, string> = {
  "not-started": "fill-slate-100",
  "in-progress": "fill-amber-300",
  "partially-implemented": "fill-sky-300",
  implemented: "fill-green-700",
};

export function StatusPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-fill-not-started`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} className={TINT["not-started"]} />
      </pattern>
      <pattern id={`${idPrefix}-fill-in-progress`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} className={TINT["in-progress"]} />
        <circle cx={3} cy={3} r={1.1} className="fill-slate-900" />
      </pattern>
      <pattern
        id={`${idPrefix}-fill-partially-implemented`}
        width={5}
        height={5}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={5} height={5} className={TINT["partially-implemented"]} />
        <line x1={0} y1={0} x2={0} y2={5} strokeWidth={2.5} className="stroke-slate-900" />
      </pattern>
      <pattern id={`${idPrefix}-fill-implemented`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} className={TINT.implemented} />
      </pattern>
    </defs>
  );
}

/** A small square of a status's fill, for the legend; the pattern must be on the page (StatusPatterns). */
export function StatusSwatch({ fill }: { fill: string }) {
  return (
    <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" className="shrink-0">
      <rect x={0.5} y={0.5} width={13} height={13} fill={fill} className="stroke-slate-900" strokeWidth={1} />
    </svg>
  );
}
