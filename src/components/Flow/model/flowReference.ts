/** Where a step's value comes from: a member of an earlier step's response or of its request. */
export interface FlowReference {
  readonly step: string;
  readonly part: 'response' | 'request';
  readonly member: string;
}

/** Reads "<step>.<Member>" or "<step>.request.<Member>"; anything else is a mistake in the page. */
export function parseReference(text: string): FlowReference {
  const parts = text.split('.');
  if (parts.length === 2 && parts[0] && parts[1]) return { step: parts[0], part: 'response', member: parts[1] };
  if (parts.length === 3 && parts[0] && parts[1] === 'request' && parts[2]) return { step: parts[0], part: 'request', member: parts[2] };
  throw new Error(`Flow: "${text}" is not a reference; write "<step id>.<Member>" or "<step id>.request.<Member>".`);
}
