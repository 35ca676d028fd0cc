import React, { useMemo, type ReactNode } from 'react';
import { SandboxProvider } from '../../sandbox/SandboxProvider';
import { ResponseView } from '../ApiTester/ResponseView';
import { responseStaleness } from '../ApiTester/state/responseStaleness';
import { useApiTester } from '../ApiTester/useApiTester';
import testerStyles from '../ApiTester/styles.module.css';
import { useFlowContext } from './FlowContext';
import { FlowStepEditor } from './FlowStepEditor';
import type { FlowStepDef } from './model/FlowStepDef';
import { specParameters } from './model/specParameters';
import { stepHeadingId } from './stepHeadingId';
import { useFlowStep } from './useFlowStep';

export interface FlowStepTesterProps {
  readonly step: FlowStepDef;
  readonly number: number;
}

function StepTester({ step }: FlowStepTesterProps): ReactNode {
  const flow = useFlowContext();
  const parameters = useMemo(() => specParameters(step.operation), [step.operation]);
  const tester = useApiTester(step.operation, parameters);
  useFlowStep(tester, step, flow);
  const { state } = tester;
  return (
    <div className={testerStyles.body}>
      <FlowStepEditor tester={tester} idScope={`${flow.flowId}-${step.id}`} />
      {state.notice && (
        <div className={testerStyles.notice} role="status">
          {state.notice}
        </div>
      )}
      <ResponseView
        response={state.response}
        failure={state.sendFailure}
        sending={state.sending}
        exampleResponse={undefined}
        operation={state.operation}
        stale={responseStaleness(state)}
        ownerLabelId={stepHeadingId(flow.flowId, step.id)}
      />
    </div>
  );
}

/** A step's tester with the sandbox behind it: loaded only in the browser, after the page. */
export default function FlowStepTester(props: FlowStepTesterProps): ReactNode {
  return (
    <SandboxProvider>
      <StepTester {...props} />
    </SandboxProvider>
  );
}
