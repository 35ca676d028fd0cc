export { Flow } from './Flow';
export type { FlowProps } from './Flow';
export { FlowStep } from './FlowStep';
export type { FlowStepProps } from './FlowStep';
export { FlowLocalEncryption } from './FlowLocalEncryption';
export type { FlowLocalEncryptionProps } from './FlowLocalEncryption';
