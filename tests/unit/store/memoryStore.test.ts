import { createMemoryStore } from '../../../mock-server/store/memoryStore';
import { describeStoreContract, type ContractRecords } from './storeContract';

describeStoreContract('createMemoryStore', () => createMemoryStore<ContractRecords>());
