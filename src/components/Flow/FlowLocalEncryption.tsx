import React, { useId, type ReactNode } from 'react';
import { useFlowContext } from './FlowContext';
import { parseReference } from './model/flowReference';
import { base64Length } from './model/localEnvelope';
import { resolveReference } from './model/resolveReference';
import { describeReference } from './model/stepPrefill';
import { useLocalEnvelope } from './useLocalEnvelope';
import styles from './Flow.module.css';

export interface FlowLocalEncryptionProps {
  readonly title: string;
  /** The plaintext data key to encrypt with: "datakey.Plaintext". */
  readonly dataKey: string;
  /** The data key a later step got back (Decrypt's Plaintext), to decrypt with: "decrypt.Plaintext". */
  readonly recoveredKey: string;
  readonly initialText: string;
  /** What happens here and why, shown above the controls. */
  readonly children?: ReactNode;
}

/**
 * Between a flow's steps, the part of envelope encryption that happens outside KMS: the browser encrypts the
 * reader's text with the plaintext data key (WebCrypto AES-GCM), and decrypts it with the data key a later step recovered.
 */
export function FlowLocalEncryption({ title, dataKey, recoveredKey, initialText, children }: FlowLocalEncryptionProps): ReactNode {
  const flow = useFlowContext();
  const envelope = useLocalEnvelope(initialText);
  const headingId = useId();
  const textId = useId();
  const valueOf = (text: string): string | undefined => {
    const reference = parseReference(text);
    const source = flow.steps.find((step) => step.id === reference.step);
    const value = source ? resolveReference(reference, flow.state.answers[source.id], source.operation)?.value : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const key = valueOf(dataKey);
  const recovered = valueOf(recoveredKey);
  return (
    <section className={styles.step} aria-labelledby={headingId} data-local-step="">
      <h3 id={headingId} className={styles.stepTitle}>
        {title}
      </h3>
      {children}
      <div className={styles.local}>
        <label htmlFor={textId}>Data to encrypt in your browser</label>
        <textarea id={textId} className={styles.localText} rows={2} value={envelope.text} onChange={(event) => envelope.setText(event.target.value)} />
        <div className={styles.runBar}>
          <button type="button" className="button button--secondary button--sm" disabled={key === undefined} onClick={() => key && envelope.seal(key)}>
            Encrypt with the data key ({describeReference(dataKey, flow.steps)})
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            disabled={recovered === undefined || envelope.sealed === undefined}
            onClick={() => recovered && envelope.open(recovered)}
          >
            Decrypt with the recovered data key ({describeReference(recoveredKey, flow.steps)})
          </button>
        </div>
        {key === undefined && <p>The data key arrives with the step above; send it first.</p>}
        {envelope.sealed && (
          <dl className={styles.sealed} data-testid="local-ciphertext">
            <dt>IV (stored with the data)</dt>
            <dd>
              <code>{envelope.sealed.iv}</code>
            </dd>
            <dt>Encrypted data and tag ({base64Length(envelope.sealed.ciphertext)} bytes)</dt>
            <dd>
              <code>{envelope.sealed.ciphertext}</code>
            </dd>
          </dl>
        )}
        <div role="status">
          {envelope.opened !== undefined && (
            <p data-testid="local-plaintext">
              Decrypted in your browser: “{envelope.opened}”
              {envelope.opened === envelope.text ? ' — the data you encrypted.' : ''}
            </p>
          )}
          {envelope.problem && <p>{envelope.problem}</p>}
        </div>
      </div>
    </section>
  );
}
