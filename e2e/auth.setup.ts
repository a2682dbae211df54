import { test as setup } from '@playwright/test';
import { expectSignedInAs, signInWithPassword, stateFile } from './support';

const ACCOUNTS = [
  ['operator', 'demo-operator', 'Operator'],
  ['support', 'demo-support', 'Support'],
  ['viewer', 'demo-viewer', 'Viewer'],
] as const;

for (const [role, user, label] of ACCOUNTS) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithPassword(page, user);
    await page.waitForURL('/');
    await expectSignedInAs(page, user, label);
    await page.context().storageState({ path: stateFile(role) });
  });
}
