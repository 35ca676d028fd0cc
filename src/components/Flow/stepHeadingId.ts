/** The id of a flow step's heading: it names the step's section and its tester's response region. */
export function stepHeadingId(flowId: string, stepId: string): string {
  return `flow-${flowId}-${stepId}`;
}
