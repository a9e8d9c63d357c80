/** The search page's state as it lives in the URL, so any view can be bookmarked and shared. */
export type SearchState = {
  q: string;
  pillar?: string;
  sector?: string;
  policy?: string;
  type?: string;
  page?: number;
};

/** The query string for `state` with `change` applied; a changed filter goes back to page 1. */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}) {
  const next: SearchState = { ...state, page: undefined, ...change };
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query[key] = String(value);
  }
  return { pathname: "/search" as const, query };
}
