import "server-only";
import { actionSource } from "./actions";
import { eventSource } from "./events";
import { measureSource } from "./measures";
import { noteSource } from "./notes";
import type { SearchSource, SearchType } from "./types";

/** Every searchable document type, in the order their results are grouped when scores tie. */
export const searchSources: Record<SearchType, SearchSource> = {
  measure: measureSource,
  action: actionSource,
  note: noteSource,
  event: eventSource,
};
