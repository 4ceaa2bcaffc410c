// Runs one of the project's TypeScript entry points (`npx tsx <script>`) as its own process until it exits:
// for the command-line behaviour people see (exit codes, what is printed on stdout and stderr).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ScriptExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env` is added to this process's environment. A script still running after `timeoutMs` is killed (code null). */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}, timeoutMs = 45_000): Promise<ScriptExit> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
