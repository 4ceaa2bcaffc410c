import { vi } from 'vitest';

/** Everything written through console.warn and console.error until `restore()`: what a client library logs. */
export function captureConsole() {
  const messages: string[] = [];
  const spies = (['warn', 'error'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void messages.push(`${level}: ${args.map(String).join(' ')}`)),
  );
  return { messages, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}
