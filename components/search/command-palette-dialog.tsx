"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { fillTemplate } from "@/lib/i18n/template";

type SuggestionType = "measure" | "action" | "note" | "event" | "company";
type Suggestion = { type: SuggestionType; id: string; href: string; title: string };
type Status = "idle" | "loading" | "done" | "error";

export type PaletteLabels = {
  paletteTitle: string;
  paletteHint: string;
  label: string;
  placeholder: string;
  paletteLoading: string;
  paletteError: string;
  paletteEmpty: string;
  /** `counts[n]` announces n suggestions; the palette asks for as many as the last one counts. */
  counts: string[];
  /** Template with `{query}`. */
  seeAll: string;
  types: Record<SuggestionType, string>;
};

/**
 * The Ctrl/⌘-K quick jump: a modal dialog holding an ARIA combobox, opened by its trigger
 * (command-palette.tsx) whenever `openRequests` grows. Typing asks /api/search; ↑/↓ move through
 * the options, Enter opens one (a typed measure id such as II-3 comes first), Escape closes. The
 * last option always opens the full results page.
 */
export function CommandPaletteDialog({
  locale,
  labels,
  openRequests,
}: {
  locale: string;
  labels: PaletteLabels;
  openRequests: number;
}) {
  const router = useRouter();
  const limit = labels.counts.length - 1;
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  // Results remember the query they answer, so a late answer to an earlier keystroke is never
  // offered (or opened with Enter) for the text now in the box.
  const [results, setResults] = useState<{ query: string; items: Suggestion[] }>({ query: "", items: [] });
  const [status, setStatus] = useState<Status>("idle");
  const [active, setActive] = useState(0);
  const ids = useId();
  const listId = `${ids}-list`;

  const trimmed = query.trim();
  const suggestions = results.query === trimmed ? results.items : [];
  const options = [
    ...suggestions.map((suggestion) => ({
      key: `${suggestion.type}-${suggestion.id}`,
      label: suggestion.title,
      type: labels.types[suggestion.type] ?? "",
      href: suggestion.href,
    })),
    ...(trimmed
      ? [
          {
            key: "all",
            label: fillTemplate(labels.seeAll, { query: trimmed }),
            type: "",
            href: `/${locale}/search?q=${encodeURIComponent(trimmed)}`,
          },
        ]
      : []),
  ];

  // Each request from the trigger opens the dialog (or, already open, puts the focus back in the box).
  useEffect(() => {
    if (openRequests === 0) return;
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.focus();
  }, [openRequests]);

  const close = useCallback(() => dialog.current?.close(), []);

  useEffect(() => {
    if (!trimmed) {
      setResults({ query: "", items: [] });
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const params = new URLSearchParams({ q: trimmed.slice(0, 500), limit: String(limit), lang: locale });
        const response = await fetch(`/api/search?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: Suggestion[] };
        setResults({ query: trimmed, items: body.results });
        setActive(0);
        setStatus("done");
      } catch {
        if (!controller.signal.aborted) setStatus("error");
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, locale, limit]);

  function go(href: string) {
    close();
    setQuery("");
    router.push(href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      setActive((index) => (index - 1 + options.length) % options.length);
    } else if (event.key === "Enter" && options[active]) {
      event.preventDefault();
      go(options[active].href);
    }
  }

  const activeId = options[active] ? `${ids}-option-${active}` : undefined;
  const statusText =
    status === "loading"
      ? labels.paletteLoading
      : status === "error"
        ? labels.paletteError
        : status === "done" && suggestions.length === 0
          ? labels.paletteEmpty
          : trimmed
            ? labels.counts[Math.min(suggestions.length, limit)]
            : "";

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      onClose={() => setQuery("")}
      className="mx-auto mt-[12vh] w-[min(40rem,calc(100%-2rem))] rounded-lg p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-4">
        <h2 id={`${ids}-title`} className="text-base font-bold">
          {labels.paletteTitle}
        </h2>
        <p id={`${ids}-hint`} className="mt-1 text-sm text-slate-700">
          {labels.paletteHint}
        </p>
        <input
          ref={input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-label={labels.label}
          aria-describedby={`${ids}-hint`}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={labels.placeholder}
          className="mt-3 w-full rounded border border-slate-400 px-3 py-2"
        />
        <p role="status" className="mt-2 text-sm text-slate-700">
          {statusText}
        </p>
        {/* The combobox pattern with aria-activedescendant: focus stays in the input, and the
            options are reached with the arrow keys, so they are focusable only programmatically. */}
        <div id={listId} role="listbox" aria-label={labels.paletteTitle} className="mt-1 max-h-80 overflow-y-auto">
          {options.map((option, index) => (
            <div
              key={option.key}
              id={`${ids}-option-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                go(option.href);
              }}
              className={`cursor-pointer rounded px-3 py-2 text-sm ${index === active ? "bg-brand-900 text-white" : ""}`}
            >
              {option.type && (
                <span
                  className={`mr-2 text-xs font-semibold uppercase ${index === active ? "text-white" : "text-slate-600"}`}
                >
                  {option.type}
                </span>
              )}
              {option.label}
            </div>
          ))}
        </div>
      </div>
    </dialog>
  );
}
