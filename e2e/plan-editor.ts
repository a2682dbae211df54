import type { Page } from '@playwright/test';

export type StepFill =
  | { kind: 'group-action'; group: string; action: string }
  | { kind: 'start-servers'; group: string }
  | { kind: 'wait'; seconds: string }
  | { kind: 'manual'; text: string };

/** Fills the plan editor of the console at `base` (the default one if empty): name, then each step. */
export async function writePlan(page: Page, name: string, steps: StepFill[], base = '') {
  await page.goto(`${base}/plans/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    if (i > 0) await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel(`Step ${n}`, { exact: true }).selectOption(step.kind);
    if (step.kind === 'group-action' || step.kind === 'start-servers')
      await page.getByLabel(`Protection group of step ${n}`).selectOption({ label: step.group });
    if (step.kind === 'group-action') await page.getByLabel(`Action of step ${n}`).selectOption(step.action);
    if (step.kind === 'wait') await page.getByLabel(`Seconds to wait in step ${n}`).fill(step.seconds);
    if (step.kind === 'manual') await page.getByLabel(`What a person does in step ${n}`).fill(step.text);
  }
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
}
