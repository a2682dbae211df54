// Percentiles over measured samples (nearest rank).
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const round1 = (n) => Math.round(n * 10) / 10;

export const summary = (values) => ({
  samples: values.length,
  p50Ms: round1(percentile(values, 50)),
  p95Ms: round1(percentile(values, 95)),
});

/** Milliseconds one request takes, body included (what a caller waits for). */
export async function timeRequest(url, init) {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return ms;
}
