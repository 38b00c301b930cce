/**
 * Calendar dates and instants travel through the core as ISO strings: `YYYY-MM-DD` for a day in
 * Europe/Brussels, and a full ISO 8601 instant with offset for a moment. The core never reads the
 * clock; callers pass `now`.
 */
export type IsoDate = string;
export type IsoDateTime = string;

/** The time zone every schedule of the Belgian police is kept in. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';
