// First-load JavaScript per route, gzip: read from Next's route bundle stats (next build no longer prints sizes).
import fs from 'node:fs';
import zlib from 'node:zlib';

export function firstLoadJs() {
  const stats = JSON.parse(fs.readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'));
  const gz = new Map();
  const gzipSize = (file) => {
    if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
    return gz.get(file);
  };
  return stats
    .filter((r) => !r.route.startsWith('/_'))
    .map((r) => ({
      route: r.route,
      gzipKB: Math.round((r.firstLoadChunkPaths.reduce((sum, f) => sum + gzipSize(f), 0) / 1024) * 10) / 10,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
