// The places the sidebar leads to.
export type NavKey = "dashboard" | "list" | "board" | "stats" | "vault" | "profile";

export const NAV_KEYS: readonly NavKey[] = ["dashboard", "list", "board", "stats", "vault", "profile"];
