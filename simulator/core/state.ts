import { KINDS, type Collections, type Kind } from './model';
import { readAllDocuments, writeDocuments, type DocumentChange, type SimDatabase } from '../store/database';

/**
 * The simulated cloud's state: every collection in memory, written through to SQLite.
 *
 * Request handlers and job ticks mutate synchronously and then call `flush()`, so one request's
 * changes land in one transaction and concurrent requests can never interleave half-way.
 */
export class State {
  private readonly maps = new Map<Kind, Map<string, unknown>>();
  private readonly dirty = new Map<string, DocumentChange>();

  constructor(private readonly db: SimDatabase) {
    for (const kind of KINDS) this.maps.set(kind, new Map());
    for (const row of readAllDocuments(db)) {
      this.maps.get(row.kind as Kind)?.set(row.id, JSON.parse(row.body));
    }
  }

  private map<K extends Kind>(kind: K): Map<string, Collections[K]> {
    return this.maps.get(kind) as Map<string, Collections[K]>;
  }

  get<K extends Kind>(kind: K, id: string): Collections[K] | undefined {
    return this.map(kind).get(id);
  }

  all<K extends Kind>(kind: K): Collections[K][] {
    return [...this.map(kind).values()];
  }

  where<K extends Kind>(kind: K, predicate: (rec: Collections[K]) => boolean): Collections[K][] {
    return this.all(kind).filter(predicate);
  }

  count<K extends Kind>(kind: K): number {
    return this.map(kind).size;
  }

  /** Stores a record (new or changed). Records are mutated in place and then `put` to mark them dirty. */
  put<K extends Kind>(kind: K, rec: Collections[K] & { id: string }): Collections[K] {
    this.map(kind).set(rec.id, rec);
    this.dirty.set(`${kind}\u0000${rec.id}`, { kind, id: rec.id, body: '' });
    return rec;
  }

  remove<K extends Kind>(kind: K, id: string): void {
    this.map(kind).delete(id);
    this.dirty.set(`${kind}\u0000${id}`, { kind, id, body: null });
  }

  /** Writes every change since the last flush in one transaction. */
  flush(): void {
    if (this.dirty.size === 0) return;
    const changes: DocumentChange[] = [];
    for (const change of this.dirty.values()) {
      const rec = this.map(change.kind as Kind).get(change.id);
      changes.push({ kind: change.kind, id: change.id, body: rec === undefined ? null : JSON.stringify(rec) });
    }
    this.dirty.clear();
    writeDocuments(this.db, changes);
  }

  /** True before the first seed. */
  isEmpty(): boolean {
    return KINDS.every((k) => this.map(k).size === 0);
  }
}
