// The README's example queries, read from the README itself: the GraphiQL build turns them into
// its presets and test/readme.test.ts runs them against the server, so neither keeps a copy.
// Pure string work (no Node APIs): the browser build and the tests both import it.

export interface ReadmeExample {
  /** The bold lead-in above the query, without its trailing colon or question mark kept as written. */
  title: string;
  /** The ```graphql block, as printed. */
  query: string;
  /** Its operation's name (`query TradeUnionsObjectives { … }`), which titles its GraphiQL tab; null if anonymous. */
  operationName: string | null;
  /** The ```json block printed after it before the next query, if any: the answer, `…` marking trims. */
  output: string | null;
  /** 1-based line of the query's opening fence, for messages. */
  line: number;
}

interface Fence {
  info: string;
  body: string;
  line: number;
  /** The prose between the previous fence and this one. */
  proseBefore: string;
}

function fencesOf(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  let prose: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)\s*$/.exec(lines[index]!);
    if (!opening) {
      prose.push(lines[index]!);
      continue;
    }
    const start = index;
    const body: string[] = [];
    while (++index < lines.length && !/^```\s*$/.test(lines[index]!)) body.push(lines[index]!);
    fences.push({ info: opening[1]!, body: `${body.join('\n')}\n`, line: start + 1, proseBefore: prose.join('\n') });
    prose = [];
  }
  return fences;
}

/** The last `**bold**` run of the prose, which the README puts first in the paragraph leading into each query. */
function titleOf(prose: string): string | null {
  const bold = [...prose.matchAll(/\*\*([^*]+)\*\*/g)].at(-1);
  return bold ? bold[1]!.trim().replace(/[:.]$/, '') : null;
}

/**
 * Every ```graphql block of the README with the bold title above it and the ```json answer printed
 * after it. A query whose prose has no bold title is an error: a preset needs a name.
 */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const fences = fencesOf(markdown);
  const examples: ReadmeExample[] = [];
  fences.forEach((fence, index) => {
    if (fence.info !== 'graphql') return;
    const title = titleOf(fence.proseBefore);
    if (title === null) throw new Error(`README line ${fence.line}: the query has no **bold** title in the paragraph above it`);
    const next = fences[index + 1];
    const output = next?.info === 'json' && next.proseBefore.trim() === '' ? next.body : null;
    const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(fence.body)?.[1] ?? null;
    examples.push({ title, query: fence.body, operationName, output, line: fence.line });
  });
  return examples;
}
