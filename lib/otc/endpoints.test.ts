import { describe, expect, it } from 'vitest';
import { resolveEndpoints } from './endpoints';

const pid = '0123456789abcdef0123456789abcdef';

describe('endpoint resolution', () => {
  it('uses the region defaults when nothing else is known', () => {
    const e = resolveEndpoints({ region: 'eu-de' }, pid);
    expect(e.sdrs).toBe(`https://sdrs.eu-de.otc.t-systems.com/v1/${pid}`);
    expect(e.evs).toBe(`https://evs.eu-de.otc.t-systems.com/v2/${pid}`);
    expect(e.compute).toBe(`https://ecs.eu-de.otc.t-systems.com/v2.1/${pid}`);
  });

  it('prefers the token catalog to the defaults, and configuration to both', () => {
    const catalog = { sdrs: `https://sdrs.example/v1/${pid}/`, vpc: `https://vpc.example/v1/${pid}` };
    const fromCatalog = resolveEndpoints({ region: 'eu-de' }, pid, catalog);
    expect(fromCatalog.sdrs).toBe(`https://sdrs.example/v1/${pid}`);
    expect(fromCatalog.vpc).toBe(`https://vpc.example/v1/${pid}`);
    const common = resolveEndpoints({ region: 'eu-de', common: 'http://127.0.0.1:8787/' }, pid, catalog);
    expect(common.sdrs).toBe(`http://127.0.0.1:8787/v1/${pid}`);
    const override = resolveEndpoints(
      { region: 'eu-de', common: 'http://127.0.0.1:8787', overrides: { sdrs: 'https://proxy.example' } },
      pid,
    );
    expect(override.sdrs).toBe(`https://proxy.example/v1/${pid}`);
    expect(override.evs).toBe(`http://127.0.0.1:8787/v2/${pid}`);
  });
});
