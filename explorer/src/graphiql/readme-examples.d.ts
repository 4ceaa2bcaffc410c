// Made at build time by explorer/vite.config.ts from the README, with tools/readme-examples.ts.
declare module 'virtual:readme-examples' {
  const examples: { title: string; query: string; operationName: string | null }[];
  export default examples;
}
