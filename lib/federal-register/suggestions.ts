/**
 * Suggested actions for inbox candidates: a hint for the analyst, never applied by itself.
 * An action is suggested when
 *  - the watch query that found the document names it, or
 *  - an agency of the document leads it and at least one significant word of its English title
 *    appears in the document's title or abstract, or
 *  - at least two significant words of its title appear there.
 * At most MAX_SUGGESTIONS per document, the best-scored first.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AGENCY_SLUGS } from "./agency-slugs";

export const MAX_SUGGESTIONS = 5;

type Found = {
  document: {
    document_number: string;
    title: string;
    abstract?: string | null;
    agencies: { name?: string | null; slug?: string | null }[];
  };
  queryActionIds: Set<string>;
};

// Words that every AI document or action title shares, that name a kind of document (every
// Federal Register title has them), or that carry no topic.
const STOPWORDS = new Set(
  `about across after also among artificial intelligence federal national government agency agencies department
  office their there these those through under while where which within with from into that this than them they
  have been will would should could other more most such each some only over upon what when program programs
  support develop establish ensure promote including american america united states policy policies plan
  action actions rule rules proposed final notice notices comment comments request information meeting
  order orders document documents`.split(/\s+/),
);

function significantWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .map((word) => word.replace(/s$/, ""))
      .filter((word) => word.length >= 4 && !STOPWORDS.has(word) && !STOPWORDS.has(`${word}s`)),
  );
}

function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

export async function suggestActions(client: PrismaClient, found: Found[]): Promise<Map<string, string[]>> {
  const suggestions = new Map<string, string[]>();
  if (!found.length) return suggestions;
  const [actions, agencies] = await Promise.all([
    client.action.findMany({
      orderBy: { sequence: "asc" },
      select: { id: true, titleEn: true, agencies: { where: { role: "lead" }, select: { agencyId: true } } },
    }),
    client.agency.findMany({ select: { id: true, nameEn: true } }),
  ]);
  const agencyByName = new Map(agencies.map((agency) => [normalName(agency.nameEn), agency.id]));
  const knownAgencies = new Set(agencies.map((agency) => agency.id));
  const titleWords = actions.map((action) => ({
    id: action.id,
    words: significantWords(action.titleEn),
    leads: new Set(action.agencies.map((link) => link.agencyId)),
  }));
  const knownActions = new Set(actions.map((action) => action.id));

  for (const { document, queryActionIds } of found) {
    const ours = new Set<string>();
    for (const agency of document.agencies) {
      const bySlug = agency.slug ? AGENCY_SLUGS[agency.slug] : undefined;
      const byName = agency.name ? agencyByName.get(normalName(agency.name)) : undefined;
      for (const id of [bySlug, byName]) if (id && knownAgencies.has(id)) ours.add(id);
    }
    const text = significantWords(`${document.title} ${document.abstract ?? ""}`);
    const scored: { id: string; score: number }[] = [];
    titleWords.forEach((action, sequence) => {
      const overlap = [...action.words].filter((word) => text.has(word)).length;
      const leads = [...action.leads].some((id) => ours.has(id));
      const named = queryActionIds.has(action.id);
      if (named || (leads && overlap >= 1) || overlap >= 2)
        scored.push({ id: action.id, score: (named ? 100 : 0) + (leads ? 2 : 0) + overlap - sequence / 1000 });
    });
    const ids = scored
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SUGGESTIONS)
      .map((entry) => entry.id)
      .filter((id) => knownActions.has(id));
    suggestions.set(document.document_number, ids);
  }
  return suggestions;
}
