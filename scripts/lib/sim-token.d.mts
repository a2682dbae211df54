export function demoOperatorToken(simUrl: string): Promise<string>;
