"use client";

import { useCallback, useEffect, useState } from "react";
import type { PaletteLabels } from "./command-palette-dialog";

type Dialog = typeof import("./command-palette-dialog").CommandPaletteDialog;

export type CommandPaletteLabels = PaletteLabels & { openPalette: string; shortcut: string };

// The dialog's code (its combobox, the search requests) is not part of the page's first load: it
// is fetched once the page is idle, or at once when the reader asks for the palette first.
let dialogModule: Promise<Dialog> | null = null;
function loadDialog(): Promise<Dialog> {
  dialogModule ??= import("./command-palette-dialog").then((module) => module.CommandPaletteDialog);
  return dialogModule;
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 200);
  return () => clearTimeout(timer);
}

/**
 * The Ctrl/⌘-K quick jump's trigger: the header button and the shortcut. Each press asks the
 * dialog to open (it counts requests, so a second press refocuses the box). `data-ready` marks the
 * button once the shortcut is listened for and the dialog is loaded, so a press opens it at once.
 */
export function CommandPalette({ locale, labels }: { locale: string; labels: CommandPaletteLabels }) {
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const [openRequests, setOpenRequests] = useState(0);

  const load = useCallback(() => {
    loadDialog().then((component) => setDialog(() => component));
  }, []);

  const open = useCallback(() => {
    setOpenRequests((count) => count + 1);
    load();
  }, [load]);

  useEffect(() => whenIdle(load), [load]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={open}
        onPointerEnter={load}
        onFocus={load}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        data-ready={Dialog ? true : undefined}
        className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10"
      >
        {labels.openPalette} <kbd className="shortcut-hint ml-1 font-sans text-xs text-white/90">{labels.shortcut}</kbd>
      </button>
      {Dialog ? <Dialog locale={locale} labels={labels} openRequests={openRequests} /> : null}
    </>
  );
}
