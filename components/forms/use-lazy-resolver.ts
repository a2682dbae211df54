'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A zod resolver whose schema (and zod with it, about 45 KB) is fetched just after the page has
 * loaded instead of with it. Forms validate on submit, long after that. Should the schema fail to
 * load, values pass through unchecked here and the server's own validation answers instead.
 */
export function useLazyResolver<T extends FieldValues>(
  loadSchema: () => Promise<z.ZodType>,
  /** Submit the values as typed rather than as the schema turns them (the server parses them again). */
  { raw = false }: { raw?: boolean } = {},
): Resolver<T> {
  const resolver = useRef<Promise<Resolver<T>> | null>(null);
  const load = useRef(loadSchema);
  const ready = useCallback(
    () =>
      (resolver.current ??= load.current().then(
        (schema) =>
          (raw
            ? zodResolver(schema as never, undefined, { raw: true })
            : zodResolver(schema as never)) as unknown as Resolver<T>,
        (): Resolver<T> => (values) => ({ values, errors: {} }),
      )),
    [raw],
  );
  useEffect(() => void ready(), [ready]);
  return useCallback<Resolver<T>>(
    async (values, context, options) => (await ready())(values, context, options),
    [ready],
  );
}
