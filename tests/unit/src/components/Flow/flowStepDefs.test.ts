import React from 'react';
import { describe, expect, it } from 'vitest';
import { checkSteps, flowStepDefs, stepDef } from '../../../../../src/components/Flow/model/flowStepDefs';

function Step(): null {
  return null;
}

describe('a flow’s steps as the page writes them', () => {
  it('are the FlowStep children in page order, ignoring anything else', () => {
    const children = [
      React.createElement(Step, { key: 'a', id: 'create', operation: 'CreateKey', title: 'Create' }),
      'some text',
      React.createElement('p', { key: 'p' }),
      React.createElement(Step, { key: 'b', id: 'encrypt', operation: 'Encrypt', title: 'Encrypt', fill: { KeyId: 'create.KeyId' }, caller: 'arn:verenc:444455556666:role/Partner' }),
    ];
    expect(flowStepDefs(children, Step)).toEqual([
      { id: 'create', operation: 'CreateKey', title: 'Create' },
      { id: 'encrypt', operation: 'Encrypt', title: 'Encrypt', fill: { KeyId: 'create.KeyId' }, caller: 'arn:verenc:444455556666:role/Partner' },
    ]);
  });

  it('fail the build when a step reads a later step, a step of another name, or shares an id', () => {
    const create = { id: 'create', operation: 'CreateKey', title: 'Create' };
    expect(() => checkSteps([{ ...create, fill: { KeyId: 'encrypt.KeyId' } }, { id: 'encrypt', operation: 'Encrypt', title: 'E' }])).toThrow(
      'Flow step "create": "encrypt.KeyId" must name an earlier step of the flow.',
    );
    expect(() => checkSteps([create, { ...create }])).toThrow('two steps have the id "create"');
    expect(() => checkSteps([create, { id: 'e', operation: 'Encrypt', title: 'E', fill: { KeyId: 'create' } }])).toThrow('is not a reference');
    expect(() => checkSteps([])).toThrow('put its steps inside it');
  });

  it('fail the build when a step lacks its id, operation or title, or its fill is not references', () => {
    expect(() => stepDef({ operation: 'Encrypt', title: 'E' })).toThrow('give it id, operation and title');
    expect(() => stepDef({ id: 'e', operation: 'Encrypt', title: 'E', fill: { KeyId: 3 } })).toThrow('fill must map members');
  });
});
