import type { CryptoEngine } from '../crypto/CryptoEngine';
import { checkGrantTokens } from '../model/grants/checkGrantTokens';
import { recordKeyUse } from '../model/keys/recordKeyUse';
import { clockStepFromHeader } from '../sandbox/clockStepFromHeader';
import { faultFromHeader } from '../sandbox/faultFromHeader';
import { encodeHint, SANDBOX_HINT_HEADER } from '../sandbox/hints/hintHeader';
import { sandboxHint } from '../sandbox/hints/sandboxHint';
import type { Bytes, OperationName, OperationOutputs } from '../spec';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Store } from '../store/Store';
import type { Context } from '../wire/Context';
import { internal } from '../wire/errors';
import { QkmsError } from '../wire/QkmsError';
import { callerFromHeader, type Caller } from './callerFromHeader';
import { checkInput } from './checkInput';
import { jsonAnswer } from './jsonAnswer';
import { newRequestId } from './newRequestId';
import { readRequest } from './readRequest';
import { registry } from './registry';
import type { WireAnswer, WireCall } from './WireCall';

export interface RequestDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly random: (length: number) => Bytes;
  readonly cryptoEngine: CryptoEngine;
  readonly faults: boolean;
  /** Honour X-Qkms-Sandbox-Advance-Clock. */
  readonly advanceClockHeader: boolean;
  readonly onInternalError: (error: unknown) => void;
  /**
   * Runs `work` after every earlier piece of work has finished, with the sandbox seeded, its clock
   * moved `advanceClockMs` forward when given, and its due deletions and rotations done.
   */
  readonly serialize: <T>(work: () => Promise<T>, advanceClockMs?: number) => Promise<T>;
  /** Inside serialized work: lets other requests run while `pause` (cryptography alone) is awaited (see Context). */
  readonly unlocked: <T>(pause: () => Promise<T>) => Promise<T>;
}

/**
 * One request through the protocol: read and route it, check its input against the spec, inject
 * a sandbox fault if asked, then run the operation alone (so concurrent requests cannot interleave
 * their reads and writes). Never rejects: anything unexpected is KMSInternalException.
 */
export async function handleRequest(request: WireCall, deps: RequestDeps): Promise<WireAnswer> {
  const requestId = newRequestId();
  const hinted: Hinted = {};
  try {
    const { operation, body } = await readRequest(request);
    return jsonAnswer(await run(operation, body, request, deps, requestId, hinted), requestId);
  } catch (error) {
    if (error instanceof QkmsError) {
      const answer = error.toAnswer(requestId);
      if (hinted.hint === undefined) return answer;
      return { ...answer, headers: { ...answer.headers, [SANDBOX_HINT_HEADER.toLowerCase()]: encodeHint(hinted.hint) } };
    }
    deps.onInternalError(error);
    return internal().toAnswer(requestId);
  }
}

/** Where run leaves the sandbox's hint about the error it throws (the error itself stays AWS's). */
interface Hinted {
  hint?: string;
}

async function run<Name extends OperationName>(
  operation: Name,
  body: unknown,
  request: WireCall,
  deps: RequestDeps,
  requestId: string,
  hinted: Hinted,
): Promise<OperationOutputs[Name]> {
  const input = checkInput(operation, body);
  const caller: Caller = callerFromHeader(request);
  const fault = deps.faults ? faultFromHeader(request, operation) : undefined;
  if (fault) throw fault;
  const advanceClockMs = deps.advanceClockHeader ? clockStepFromHeader(request) : undefined;
  const grantTokens = 'GrantTokens' in input && Array.isArray(input.GrantTokens) ? input.GrantTokens : [];
  return deps.serialize(async () => {
    await checkGrantTokens(deps.store, grantTokens);
    const used = new Map<string, KeyRecord>();
    const ctx: Context = {
      operation,
      store: deps.store,
      now: deps.now,
      random: deps.random,
      cryptoEngine: deps.cryptoEngine,
      caller: caller.principal,
      callerAccount: caller.account,
      grantTokens,
      noteKeyUse: (key) => used.set(key.KeyId, key),
      unlocked: deps.unlocked,
    };
    const output = await registry[operation](input, ctx).catch(async (error: unknown) => {
      // Worked out inside the serialized work, so the hint reads the store the operation failed on.
      if (error instanceof QkmsError) {
        hinted.hint = await sandboxHint({ store: deps.store, operation, input, error, callerAccount: caller.account });
      }
      throw error;
    });
    await recordKeyUse(ctx, used.values(), requestId);
    return output;
  }, advanceClockMs);
}
