// Error messages quote what the endpoint or the model said, on one line and cut short: enough to
// recognise the problem without flooding the terminal with a whole reply.
export function excerpt(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}
