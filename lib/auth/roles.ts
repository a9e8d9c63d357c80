export const ROLES = ["analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function toRole(value: unknown): Role {
  return value === "admin" ? "admin" : "analyst";
}
