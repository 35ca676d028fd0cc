import type { WireCall } from '../protocol/WireCall';
import { validation } from '../wire/errors';
import { clockStepProblem } from './sandboxClock';

export const ADVANCE_CLOCK_HEADER = 'X-Qkms-Sandbox-Advance-Clock';

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

/**
 * How far (milliseconds) a request asked to move the sandbox clock before it runs, from
 * X-Qkms-Sandbox-Advance-Clock: a whole number and a unit, `90s`, `15m`, `12h` or `30d`.
 */
export function clockStepFromHeader(request: WireCall): number | undefined {
  const value = request.headers.get(ADVANCE_CLOCK_HEADER)?.trim();
  if (value === undefined || value === '') return undefined;
  const match = /^(\d{1,15})([smhd])$/.exec(value);
  if (!match) {
    throw validation(`${ADVANCE_CLOCK_HEADER} must be a whole number and a unit (s, m, h or d), such as 30d; got '${value}'.`);
  }
  const ms = Number(match[1]) * (UNIT_MS[match[2]] ?? Number.NaN);
  const problem = clockStepProblem(ms);
  if (problem !== undefined) throw validation(`${ADVANCE_CLOCK_HEADER}: ${problem}.`);
  return ms;
}
