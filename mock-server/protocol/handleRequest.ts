import type { Bytes } from '../crypto/Bytes';
import { checkGrantTokens } from '../model/checkGrantTokens';
import { operationSpecs } from '../spec';
import { faultFromHeader } from '../sandbox/faultFromHeader';
import type { Store } from '../store/Store';
import { callerFromHeader } from './callerFromHeader';
import { checkInput } from './checkInput';
import { internal } from './errors';
import { jsonResponse } from './jsonResponse';
import { newRequestId } from './newRequestId';
import { QkmsError } from './QkmsError';
import { readRequest } from './readRequest';
import { registry } from './registry';

export interface RequestDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly random: (length: number) => Bytes;
  readonly faults: boolean;
  readonly onInternalError: (error: unknown) => void;
  /** Runs `work` after every earlier piece of work has finished, with the sandbox seeded. */
  readonly serialize: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * One request through the protocol: read and route it, check its input against the spec, inject
 * a sandbox fault if asked, then run the operation alone (so concurrent requests cannot interleave
 * their reads and writes). Never rejects: anything unexpected is KMSInternalException.
 */
export async function handleRequest(request: Request, deps: RequestDeps): Promise<Response> {
  const requestId = newRequestId();
  try {
    const { operation, body } = await readRequest(request);
    const input = checkInput(operationSpecs[operation], body);
    const caller = callerFromHeader(request);
    const fault = deps.faults ? faultFromHeader(request) : undefined;
    if (fault) throw fault;
    const grantTokens = Array.isArray(input.GrantTokens) ? input.GrantTokens.filter((t) => typeof t === 'string') : [];
    const output = await deps.serialize(async () => {
      await checkGrantTokens(deps.store, grantTokens);
      return registry[operation](input, {
        operation,
        store: deps.store,
        now: deps.now,
        random: deps.random,
        caller: caller.principal,
        callerAccount: caller.account,
        grantTokens,
      });
    });
    return jsonResponse(output, requestId);
  } catch (error) {
    if (error instanceof QkmsError) return error.toResponse(requestId);
    deps.onInternalError(error);
    return internal().toResponse(requestId);
  }
}
