/** AWS's default automatic rotation period, used when EnableKeyRotation names none. */
export const DEFAULT_ROTATION_PERIOD_DAYS = 365;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A rotation period in milliseconds. */
export const periodMs = (periodInDays: number): number => periodInDays * DAY_MS;
