/** The flavors the simulated region sells; `soldOutIn` marks AZs where a flavor cannot be bought. */
export interface Flavor {
  id: string;
  vcpus: number;
  ram: number; // MiB
  soldOutIn: string[];
}

export const FLAVORS: Flavor[] = [
  { id: 's3.medium.2', vcpus: 1, ram: 2048, soldOutIn: [] },
  { id: 's3.large.2', vcpus: 2, ram: 4096, soldOutIn: [] },
  { id: 's3.xlarge.2', vcpus: 4, ram: 8192, soldOutIn: [] },
  { id: 's3.2xlarge.2', vcpus: 8, ram: 16384, soldOutIn: [] },
  { id: 'c4.large.2', vcpus: 2, ram: 4096, soldOutIn: [] },
  { id: 'c4.xlarge.2', vcpus: 4, ram: 8192, soldOutIn: ['eu-de-02'] },
  { id: 'm3.large.8', vcpus: 2, ram: 16384, soldOutIn: [] },
];

export const findFlavor = (id: string): Flavor | undefined => FLAVORS.find((f) => f.id === id);

const NONE: ReadonlySet<string> = new Set();

/** Sold in `az`: not in the catalogue's sold-out list, nor sold out since (`soldOut`: `flavor@az`). */
export const flavorSellsIn = (f: Flavor, az: string, soldOut: ReadonlySet<string> = NONE): boolean =>
  !f.soldOutIn.includes(az) && !soldOut.has(`${f.id}@${az}`);
