import { createMemoryStore } from '../../../mock-server/store/memoryStore';
import { describeStoreContract } from './storeContract';

describeStoreContract('createMemoryStore', () => createMemoryStore());
