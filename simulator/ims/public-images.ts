import { stableUuid } from '../core/ids';

/** A public image of OTC's image factory, as the seeded servers were created from. */
export interface PublicImage {
  id: string;
  name: string;
  osType: 'Linux' | 'Windows';
  platform: string;
  minDisk: number;
  /** Published before any seeded server was created from it. */
  createdAt: number;
}

const image = (name: string, osType: PublicImage['osType'], platform: string, minDisk: number): PublicImage => ({
  id: stableUuid(`image:${name}`),
  name,
  osType,
  platform,
  minDisk,
  createdAt: Date.UTC(2026, 8, 15, 6, 0, 0),
});

export const PUBLIC_IMAGES: PublicImage[] = [
  image('Standard_Ubuntu_24.04_latest', 'Linux', 'Ubuntu', 4),
  image('Enterprise_Windows_STD_2022', 'Windows', 'Windows', 40),
];

export const imageNamed = (name: string): PublicImage | undefined => PUBLIC_IMAGES.find((i) => i.name === name);
