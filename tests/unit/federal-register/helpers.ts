/** The watch's tests share one fixed "now", so that the first run's window is known. */
export const NOW = new Date("2026-11-30T12:00:00Z");
