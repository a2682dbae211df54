import { utf8Bytes } from '@/lib/schemas/rules';

/** Live byte count next to a byte-limited field ("12 / 64 bytes"). */
export function ByteCount({ id, value, max }: { id: string; value: string; max: number }) {
  const used = utf8Bytes(value);
  return (
    <p id={id} className={`text-xs ${used > max ? 'font-semibold text-red-700' : 'text-slate-600'}`} aria-live="polite">
      {used} / {max} bytes
    </p>
  );
}
