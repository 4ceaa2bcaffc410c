// The README prints answers as JSON with `…` where it trims: an element or more left out of an array,
// a member or more left out of an object, part of a string. This reads such a block into a pattern
// and matches a real answer against it; anything printed must be there, as printed.

const ELLIPSIS = '…';

type Pattern =
  | { kind: 'value'; value: null | boolean | number }
  | { kind: 'string'; parts: string[] }
  | { kind: 'array'; items: (Pattern | typeof ELLIPSIS)[] }
  | { kind: 'object'; members: Map<string, Pattern>; open: boolean };

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  fail(message: string): never {
    const line = this.text.slice(0, this.at).split('\n').length;
    throw new Error(`printed JSON, line ${line}: ${message} at ${JSON.stringify(this.text.slice(this.at, this.at + 30))}`);
  }

  private skipSpace() {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  peek(): string {
    this.skipSpace();
    return this.text[this.at] ?? '';
  }

  take(expected: string) {
    if (this.peek() !== expected) this.fail(`expected ${expected}`);
    this.at++;
  }

  /** A comma, which may be left out next to a `…` (the README writes `{…}, … {…}` too). */
  separator(close: string, nextToEllipsis: boolean) {
    if (this.peek() === ',') this.at++;
    else if (this.peek() !== close && !nextToEllipsis && this.peek() !== ELLIPSIS) this.fail(`expected , or ${close}`);
  }

  value(): Pattern {
    const next = this.peek();
    if (next === '{') return this.object();
    if (next === '[') return this.array();
    if (next === '"') return { kind: 'string', parts: this.string().split(ELLIPSIS) };
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.at));
    if (!literal) this.fail('expected a value');
    this.at += literal[0].length;
    return { kind: 'value', value: JSON.parse(literal[0]) as null | boolean | number };
  }

  private string(): string {
    this.take('"');
    const start = this.at - 1;
    while (this.text[this.at] !== '"') {
      if (this.at >= this.text.length) this.fail('unterminated string');
      this.at += this.text[this.at] === '\\' ? 2 : 1;
    }
    this.at++;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  private array(): Pattern {
    this.take('[');
    const items: (Pattern | typeof ELLIPSIS)[] = [];
    while (this.peek() !== ']') {
      if (this.peek() === ELLIPSIS) {
        this.at++;
        items.push(ELLIPSIS);
        this.separator(']', true);
        continue;
      }
      items.push(this.value());
      this.separator(']', false);
    }
    this.take(']');
    return { kind: 'array', items };
  }

  private object(): Pattern {
    this.take('{');
    const members = new Map<string, Pattern>();
    let open = false;
    while (this.peek() !== '}') {
      if (this.peek() === ELLIPSIS) {
        this.at++;
        open = true;
        this.separator('}', true);
        continue;
      }
      const key = this.string();
      this.take(':');
      members.set(key, this.value());
      this.separator('}', false);
    }
    this.take('}');
    return { kind: 'object', members, open };
  }

  end() {
    if (this.peek() !== '') this.fail('expected the end');
  }
}

/** Reads a README JSON block, `…` trims included. */
export function parsePrintedJson(text: string): Pattern {
  const reader = new Reader(text);
  const pattern = reader.value();
  reader.end();
  return pattern;
}

/** Whether `text` is `parts` joined by at least one character at each `…`. */
function matchesTrimmedString(parts: string[], text: string): boolean {
  if (parts.length === 1) return text === parts[0];
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length + 1;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found < 0) return false;
    at = found + middle.length + 1;
  }
  return at <= text.length - last.length;
}

/**
 * Where `actual` differs from what the README prints, or null when it matches. A `…` stands for at
 * least one thing left out: an element of an array, a member of an object, a character of a string.
 */
export function differenceFromPrinted(pattern: Pattern, actual: unknown, path = '$'): string | null {
  const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 200);
  switch (pattern.kind) {
    case 'value':
      return actual === pattern.value ? null : `${path}: printed ${shown(pattern.value)}, server answers ${shown(actual)}`;
    case 'string':
      return typeof actual === 'string' && matchesTrimmedString(pattern.parts, actual)
        ? null
        : `${path}: printed ${shown(pattern.parts.join(ELLIPSIS))}, server answers ${shown(actual)}`;
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${path}: printed an object, server answers ${shown(actual)}`;
      const record = actual as Record<string, unknown>;
      for (const [key, member] of pattern.members) {
        if (!(key in record)) return `${path}: printed "${key}", the server's answer has no such member`;
        const difference = differenceFromPrinted(member, record[key], `${path}.${key}`);
        if (difference) return difference;
      }
      const unprinted = Object.keys(record).filter((key) => !pattern.members.has(key));
      if (pattern.open && unprinted.length === 0) return `${path}: printed "…" but no member is left out`;
      if (!pattern.open && unprinted.length > 0) return `${path}: the server also answers ${unprinted.join(', ')}, not printed and not marked "…"`;
      return null;
    }
    case 'array': {
      if (!Array.isArray(actual)) return `${path}: printed an array, server answers ${shown(actual)}`;
      return differenceOfItems(pattern.items, actual, path);
    }
  }
}

/** Matches printed items, `…` standing for one or more elements, in order; reports the first mismatch. */
function differenceOfItems(items: (Pattern | typeof ELLIPSIS)[], actual: unknown[], path: string): string | null {
  let firstDifference: string | null = null;
  const matchFrom = (item: number, element: number): boolean => {
    if (item === items.length) {
      if (element === actual.length) return true;
      firstDifference ??= `${path}: the server answers ${actual.length} elements, the README prints ${element} and no "…" after them`;
      return false;
    }
    const printed = items[item]!;
    if (printed === ELLIPSIS) {
      for (let skip = element + 1; skip <= actual.length; skip++) if (matchFrom(item + 1, skip)) return true;
      firstDifference ??= `${path}: "…" at element ${element} leaves out nothing that lets the rest match`;
      return false;
    }
    if (element >= actual.length) {
      firstDifference ??= `${path}: the README prints more elements than the server's ${actual.length}`;
      return false;
    }
    const difference = differenceFromPrinted(printed, actual[element], `${path}[${element}]`);
    if (difference) {
      firstDifference ??= difference;
      return false;
    }
    return matchFrom(item + 1, element + 1);
  };
  return matchFrom(0, 0) ? null : firstDifference;
}
