import React, { useId, useMemo, useState, type ReactNode } from 'react';
import type { JsonValue } from '../../json/JsonValue';
import { CopyButton } from './CopyButton';
import {
  COLLAPSE_BASE64_CHARS,
  blobOutputText,
  blobOutputViewLabels,
  blobSize,
  defaultOutputView,
  responseBlobs,
} from './model/responseBlobs';
import type { BlobOutputView, ResponseBlob } from './model/responseBlobs';
import styles from './styles.module.css';
import blobStyles from './BlobOutputs.module.css';

function BlobOutput({ blob }: { readonly blob: ResponseBlob }): ReactNode {
  const [view, setView] = useState<BlobOutputView>(() => defaultOutputView(blob));
  const long = blob.base64.length > COLLAPSE_BASE64_CHARS;
  const [expanded, setExpanded] = useState(!long);
  const views: readonly BlobOutputView[] = blob.utf8 === undefined ? ['hex', 'base64'] : ['utf8', 'hex', 'base64'];
  const shown = view === 'utf8' && blob.utf8 === undefined ? 'base64' : view;
  // A page (a flow) may hold several testers: ids must not repeat.
  const valueId = useId();
  return (
    <div className={blobStyles.blob} data-testid={`blob-output-${blob.name}`}>
      <div className={blobStyles.header}>
        <code className={blobStyles.name}>{blob.name}</code>
        <span className={blobStyles.size} data-testid={`blob-size-${blob.name}`}>
          {blobSize(blob)}
          {blob.utf8 === undefined && ', not UTF-8 text'}
        </span>
      </div>
      <div className={blobStyles.controls}>
        <div className={styles.segmented} role="group" aria-label={`${blob.name} shown as`}>
          {views.map((candidate) => (
            <button key={candidate} type="button" aria-pressed={shown === candidate} className={styles.segment} onClick={() => setView(candidate)}>
              {blobOutputViewLabels[candidate]}
            </button>
          ))}
        </div>
        <CopyButton text={() => blobOutputText(blob, shown)} what={`${blob.name} as ${blobOutputViewLabels[shown]}`} />
        {long && (
          <button
            type="button"
            className="button button--sm button--outline button--secondary"
            aria-expanded={expanded}
            aria-controls={valueId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Hide' : 'Show'}
            <span className={styles.visuallyHidden}> {blob.name}</span>
          </button>
        )}
      </div>
      <pre id={valueId} className={blobStyles.value} hidden={!expanded} data-testid={`blob-value-${blob.name}`}>
        {expanded ? blobOutputText(blob, shown) : ''}
      </pre>
    </div>
  );
}

export interface BlobOutputsProps {
  readonly operation: string;
  readonly body: JsonValue | undefined;
}

/** The response's binary members, each readable as UTF-8 text (when it is), hex or base64, and copyable in that form. */
export function BlobOutputs({ operation, body }: BlobOutputsProps): ReactNode {
  const blobs = useMemo(() => responseBlobs(operation, body), [operation, body]);
  if (blobs.length === 0) return null;
  return (
    <div className={blobStyles.list} data-testid="blob-outputs">
      {blobs.map((blob) => (
        <BlobOutput key={blob.name} blob={blob} />
      ))}
    </div>
  );
}
