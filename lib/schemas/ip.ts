// IPv4 checks without zod: the pre-flight rules run them in the browser too.

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
