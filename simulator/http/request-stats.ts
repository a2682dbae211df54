/** Counts requests per route pattern, so load tests can see how many upstream calls a client made. */
export class RequestStats {
  since = Date.now();
  private counts = new Map<string, number>();

  record(method: string, routePattern: string): void {
    const key = `${method} ${routePattern}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  reset(): void {
    this.counts.clear();
    this.since = Date.now();
  }
}
