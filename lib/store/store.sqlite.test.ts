import { openTestStore } from '../testing/test-store';

await openTestStore('sqlite', 'store');
const { describeStore } = await import('./store-suite');

describeStore();
