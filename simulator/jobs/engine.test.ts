import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { State } from '../core/state';
import { openDatabase } from '../store/database';
import { JobEngine, JobFailure, type JobDefinition } from './engine';

function setup(scale = 1) {
  const db = openDatabase(':memory:');
  const state = new State(db);
  const clock = new ManualClock(0);
  const failures: { code: string; reason: string }[] = [];
  const engine = new JobEngine(
    state,
    clock,
    () => scale,
    () => failures.shift() ?? null,
  );
  const log: string[] = [];
  const def: JobDefinition = {
    type: 'demo',
    phases: () => [
      { name: 'a', seconds: 2, onStart: () => log.push('start a'), onComplete: () => log.push('done a') },
      {
        name: 'b',
        seconds: 3,
        onProgress: (_c, f) => log.push(`b ${f.toFixed(2)}`),
        onComplete: () => log.push('done b'),
      },
    ],
    onSuccess: () => log.push('success'),
    onFailure: (_c, code) => log.push(`fail ${code}`),
    failureTarget: () => ({
      resource_type: 'x',
      resource_id: 'r1',
      resource_name: 'n',
      server_group_id: null,
      failure_status: 'createFail',
    }),
  };
  engine.register(def);
  return { db, state, clock, engine, log, failures };
}

describe('job engine', () => {
  it('queues, then runs phases back to back on the clock, whatever the tick rate', () => {
    const { clock, engine, log, state } = setup();
    const job = engine.start({ type: 'demo', project_id: 'p', sub_jobs: [{ job_type: 'sub-b', phase: 1 }] });
    expect(job.status).toBe('INIT');
    clock.advance(999);
    engine.advance();
    expect(state.get('job', job.id)?.status).toBe('INIT');
    clock.advance(1);
    engine.advance();
    expect(log).toEqual(['start a']);
    // One late tick covers both remaining phases; times come from the plan, not the tick.
    clock.advance(10_000);
    engine.advance();
    const done = state.get('job', job.id);
    expect(done).toMatchObject({ status: 'SUCCESS', end_time: 1000 + 2000 + 3000 });
    expect(done?.sub_jobs[0]).toMatchObject({ status: 'SUCCESS', begin_time: 3000, end_time: 6000 });
    expect(log).toEqual(['start a', 'done a', 'b 1.00', 'done b', 'success']);
  });

  it('reports progress inside a phase and scales durations', () => {
    const { clock, engine, log } = setup(0.5);
    engine.start({ type: 'demo', project_id: 'p' });
    clock.advance(500 + 1000 + 750); // queue and phase a at half scale, then half of phase b
    engine.advance();
    expect(log.at(-1)).toBe('b 0.50');
  });

  it('fails an injected job half-way and records the failure', () => {
    const { clock, engine, log, state, failures } = setup();
    failures.push({ code: 'SDRS.1014', reason: 'boom' });
    const job = engine.start({ type: 'demo', project_id: 'p' });
    clock.advance(60_000);
    engine.advance();
    expect(state.get('job', job.id)).toMatchObject({
      status: 'FAIL',
      error_code: 'SDRS.1014',
      fail_reason: 'boom',
      end_time: 3000,
    });
    expect(log).toEqual(['start a', 'fail SDRS.1014']);
    expect(state.get('failure_job', 'r1')).toMatchObject({
      job_id: job.id,
      error_code: 'SDRS.1014',
      failure_status: 'createFail',
    });
  });

  it('lets a phase fail on its own with JobFailure', () => {
    const { clock, engine, state } = setup();
    engine.register({
      type: 'checked',
      phases: () => [
        {
          name: 'check',
          seconds: 1,
          onComplete: () => {
            throw new JobFailure('37100041', 'size');
          },
        },
      ],
      onSuccess: () => {},
      onFailure: () => {},
    });
    const job = engine.start({ type: 'checked', project_id: 'p' });
    clock.advance(5000);
    engine.advance();
    expect(state.get('job', job.id)).toMatchObject({ status: 'FAIL', error_code: '37100041' });
  });

  it('resumes from the store after a restart', () => {
    const { db, state, clock, engine } = setup();
    const job = engine.start({ type: 'demo', project_id: 'p' });
    clock.advance(1500);
    engine.advance();
    state.flush();
    const reloaded = new State(db);
    const again = new JobEngine(
      reloaded,
      clock,
      () => 1,
      () => null,
    );
    again.register({
      type: 'demo',
      phases: () => [
        { name: 'a', seconds: 2 },
        { name: 'b', seconds: 3 },
      ],
      onSuccess: () => {},
      onFailure: () => {},
    });
    expect(reloaded.get('job', job.id)).toMatchObject({ status: 'RUNNING', phase: 0 });
    clock.advance(10_000);
    again.advance();
    expect(reloaded.get('job', job.id)).toMatchObject({ status: 'SUCCESS', end_time: 6000 });
  });
});
