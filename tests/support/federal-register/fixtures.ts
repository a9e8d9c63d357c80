/**
 * TEST FIXTURES — written for the tests, NOT real Federal Register documents. Titles say
 * "[Test fixture]", document numbers sit in an unused 9xxxx range and addresses point at the
 * reserved example.org domain. They follow the API's documented result shape and are never seeded.
 * Dates count back from `today`, so that the watch's first-run window (30 days) finds them.
 */
export type FixtureDocument = {
  document_number: string;
  title: string;
  type: "Rule" | "Proposed Rule" | "Notice" | "Presidential Document";
  abstract: string | null;
  agencies: {
    raw_name: string;
    name?: string;
    id?: number;
    slug?: string;
    url?: string;
    json_url?: string;
    parent_id?: number | null;
  }[];
  publication_date: string;
  html_url: string;
  pdf_url: string | null;
};

function daysBefore(today: Date, days: number): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

function agency(name: string, slug: string, id: number) {
  return {
    raw_name: name.toUpperCase(),
    name,
    id,
    slug,
    url: `https://fixtures.example.org/agencies/${slug}`,
    json_url: `https://fixtures.example.org/api/v1/agencies/${id}`,
    parent_id: null,
  };
}

function fixture(
  number: string,
  type: FixtureDocument["type"],
  title: string,
  abstract: string | null,
  agencies: FixtureDocument["agencies"],
  publication_date: string,
): FixtureDocument {
  return {
    document_number: number,
    title: `[Test fixture] ${title}`,
    type,
    abstract,
    agencies,
    publication_date,
    html_url: `https://fixtures.example.org/documents/${number}`,
    pdf_url: `https://fixtures.example.org/pdf/${number}.pdf`,
  };
}

export function fixtureDocuments(today: Date): FixtureDocument[] {
  const commerce = agency("Commerce Department", "commerce-department", 54);
  const bis = agency("Industry and Security Bureau", "industry-and-security-bureau", 241);
  const nist = agency(
    "National Institute of Standards and Technology",
    "national-institute-of-standards-and-technology",
    352,
  );
  const fcc = agency("Federal Communications Commission", "federal-communications-commission", 161);
  const eop = agency("Executive Office of the President", "executive-office-of-the-president", 538);
  return [
    fixture(
      "2026-90001",
      "Presidential Document",
      "Fixture order on artificial intelligence data center permitting",
      "A made-up order for tests about artificial intelligence infrastructure and data center permitting.",
      [eop],
      daysBefore(today, 20),
    ),
    fixture(
      "2026-90002",
      "Rule",
      "Fixture rule on export controls for advanced computing chips",
      "A made-up rule for tests: export controls on chips used to train artificial intelligence models.",
      [commerce, bis],
      daysBefore(today, 12),
    ),
    fixture(
      "2026-90003",
      "Notice",
      "Fixture request for information on revising the NIST artificial intelligence risk management framework",
      "A made-up notice for tests asking for comments on a risk management framework for artificial intelligence systems.",
      [commerce, nist],
      daysBefore(today, 8),
    ),
    fixture(
      "2026-90004",
      "Notice",
      "Fixture meeting of an artificial intelligence advisory committee",
      null,
      [commerce],
      daysBefore(today, 5),
    ),
    fixture(
      "2026-90005",
      "Proposed Rule",
      "Fixture proposed rule on spectrum for wireless networks",
      "A made-up proposed rule for tests about spectrum auctions.",
      [fcc],
      daysBefore(today, 3),
    ),
    fixture(
      "2026-90006",
      "Rule",
      "Fixture rule on old artificial intelligence procurement",
      "Published long before the first run's window: the watch must not bring it in.",
      [commerce],
      daysBefore(today, 90),
    ),
  ];
}
