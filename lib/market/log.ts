// One structured line per event, so an operator can grep and count upstream failures.
export function logMarketEvent(event: string, fields: Record<string, unknown>): void {
  console.warn(JSON.stringify({ level: 'warn', at: new Date().toISOString(), event, ...fields }));
}
