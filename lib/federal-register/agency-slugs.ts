/**
 * Federal Register agency slugs (as in federalregister.gov/agencies/<slug>) of the agencies the
 * plan names, mapped to our agency ids (content/agencies.json). Only a help for suggestions:
 * an agency missing here is still matched by its English name, and a wrong entry only makes a
 * suggestion worse, never an event. Checked against the API's naming pattern, not fetched
 * (these machines cannot reach it): correct an entry here when the API names an agency otherwise.
 */
export const AGENCY_SLUGS: Readonly<Record<string, string>> = {
  "commerce-department": "doc",
  "national-institute-of-standards-and-technology": "nist",
  "national-telecommunications-and-information-administration": "ntia",
  "industry-and-security-bureau": "bis",
  "patent-and-trademark-office": "uspto",
  "census-bureau": "census",
  "economic-analysis-bureau": "bea",
  "energy-department": "doe",
  "federal-energy-regulatory-commission": "ferc",
  "nuclear-regulatory-commission": "nrc",
  "defense-department": "dod",
  "defense-advanced-research-projects-agency": "darpa",
  "labor-department": "dol",
  "labor-statistics-bureau": "bls",
  "education-department": "ed",
  "homeland-security-department": "dhs",
  "cybersecurity-and-infrastructure-security-agency": "cisa",
  "state-department": "dos",
  "justice-department": "doj",
  "treasury-department": "treasury",
  "science-and-technology-policy-office": "ostp",
  "management-and-budget-office": "omb",
  "national-science-foundation": "nsf",
  "federal-communications-commission": "fcc",
  "federal-trade-commission": "ftc",
  "general-services-administration": "gsa",
  "personnel-management-office": "opm",
  "national-aeronautics-and-space-administration": "nasa",
  "health-and-human-services-department": "hhs",
  "food-and-drug-administration": "fda",
  "national-institutes-of-health": "nih",
  "agriculture-department": "usda",
  "interior-department": "doi",
  "environmental-protection-agency": "epa",
};
