/** The one region the simulated cloud serves: OTC's eu-de, where SDRS is offered. */
export const REGION = 'eu-de';

/** Its availability zones, as every service lists them (reference §6). */
export const REGION_AZS: readonly string[] = ['eu-de-01', 'eu-de-02', 'eu-de-03'];
