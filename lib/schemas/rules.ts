import { z } from 'zod';
import { DESCRIPTION_MAX_BYTES, MAX_TAGS_ON_CREATE, NAME_MAX_BYTES, utf8Bytes } from './limits';

const NAME_CHARS = /^[A-Za-z0-9._-]*$/;
const TAG_CHARS = /^[A-Za-z0-9_-]*$/;

/** SDRS name rule: 1-64 bytes of letters, digits, `.`, `_` and `-`. */
export const sdrsName = z
  .string()
  .min(1, 'Enter a name.')
  .regex(NAME_CHARS, 'Use only letters (A-Z, a-z), digits, dot (.), underscore (_) and hyphen (-).')
  .refine((s) => utf8Bytes(s) <= NAME_MAX_BYTES, { message: `A name has at most ${NAME_MAX_BYTES} bytes.` });

/** SDRS description rule: optional, at most 64 bytes, no `<` or `>`. */
export const sdrsDescription = z
  .string()
  .refine((s) => !/[<>]/.test(s), { message: 'A description cannot contain < or >.' })
  .refine((s) => utf8Bytes(s) <= DESCRIPTION_MAX_BYTES, {
    message: `A description has at most ${DESCRIPTION_MAX_BYTES} bytes (accented letters take 2, many symbols 3).`,
  });

export const tagSchema = z.object({
  key: z
    .string()
    .min(1, 'Enter a key.')
    .max(36, 'A key has at most 36 characters.')
    .regex(TAG_CHARS, 'Keys use only letters, digits, _ and -.'),
  value: z
    .string()
    .max(43, 'A value has at most 43 characters.')
    .regex(TAG_CHARS, 'Values use only letters, digits, _ and -.'),
});

export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS_ON_CREATE, `At most ${MAX_TAGS_ON_CREATE} tags can be added on creation.`)
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((t, i) => {
      if (seen.has(t.key))
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `The key "${t.key}" is already used.` });
      seen.add(t.key);
    });
  });

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const isIpv4 = (s: string): boolean => IPV4.test(s);

const ipToInt = (ip: string): number => ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

export function ipInCidr(ip: string, cidr: string): boolean {
  const [base = '', bitsText = ''] = cidr.split('/');
  const bits = Number(bitsText);
  if (!isIpv4(ip) || !isIpv4(base) || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const block = 2 ** (32 - bits);
  return Math.floor(ipToInt(ip) / block) === Math.floor(ipToInt(base) / block);
}

/** Why an address cannot be a DR server's primary IP in this subnet, or null when it can. */
export function ipProblem(ip: string, subnet: { cidr: string; gateway_ip: string }): string | null {
  if (!isIpv4(ip)) return 'Enter an IPv4 address such as 192.168.1.20.';
  if (!ipInCidr(ip, subnet.cidr)) return `The address must be inside the subnet ${subnet.cidr}.`;
  if (ip === subnet.gateway_ip) return `${ip} is the subnet's gateway.`;
  const [base = ''] = subnet.cidr.split('/');
  if (ip === base) return `${ip} is the subnet's network address.`;
  return null;
}

export const idempotencyKey = z.uuid('The form is out of date; reload the page.');
