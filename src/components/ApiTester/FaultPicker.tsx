import React, { type Dispatch, type ReactNode } from 'react';
import { faultsOf, isOperationName } from '../../../mock-server';
import type { SandboxFault } from './model/buildRequest';
import type { TesterAction } from './state/TesterAction';
import styles from './styles.module.css';

export interface FaultPickerProps {
  readonly operation: string;
  readonly fault: SandboxFault | undefined;
  readonly dispatch: Dispatch<TesterAction>;
}

/** The "Simulate a service fault" select (X-Qkms-Sandbox-Fault), offering the faults AWS KMS can answer this operation with. */
export function FaultPicker({ operation, fault, dispatch }: FaultPickerProps): ReactNode {
  const faultId = `tester-${operation}-fault`;
  const sandboxFaults = isOperationName(operation) ? faultsOf(operation) : [];
  if (sandboxFaults.length === 0) return null;
  return (
    <div className={styles.fault}>
      <label htmlFor={faultId}>Simulate a service fault</label>
      <select
        id={faultId}
        className={styles.control}
        value={fault ?? ''}
        onChange={(event) => dispatch({ type: 'set-fault', fault: sandboxFaults.find((name) => name === event.target.value) })}
      >
        <option value="">None</option>
        {sandboxFaults.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
