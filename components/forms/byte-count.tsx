import { utf8Bytes } from '@/lib/schemas/limits';

/** Live byte count for a byte-limited field ("12 / 64 bytes"), shown as the field's hint. */
export function ByteCount({ value, max }: { value: string; max: number }) {
  const used = utf8Bytes(value);
  return (
    <span className={used > max ? 'font-semibold text-red-700' : undefined} aria-live="polite">
      {used} / {max} bytes
    </span>
  );
}
