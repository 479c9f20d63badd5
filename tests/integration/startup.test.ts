import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

const ENTRY = path.join(PROJECT_ROOT, 'dist', 'src', 'index.js');

/** Runs the built service (`npm start` without the build) and collects its output and exit code. */
function runService(environment: Record<string, string>, timeoutMs = 40000): Promise<{ code: number | null; stderr: string; stdout: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [ENTRY], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_FORMAT: 'json', ...environment } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, ms: Date.now() - started });
    });
  });
}

function occupy(port = 0): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('service start-up failures', () => {
  beforeAll(() => {
    if (!fs.existsSync(ENTRY)) throw new Error('run `npm run build` first (npm test does it in pretest)');
  });

  test('when NEO4J_URI points nowhere, then one clear error line and a non-zero exit within 30 s', async () => {
    const result = await runService({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever1', PORT: '0', NEO4J_CONNECT_TIMEOUT_MS: '5000' });
    expect(result.code).not.toBe(0);
    expect(result.ms).toBeLessThan(30000);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ree-graph: cannot reach Neo4j .*Check NEO4J_URI/);
  });

  test('when a variable is invalid, then the error names it and the exit is non-zero', async () => {
    const result = await runService({ PORT: 'not-a-port' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('ree-graph: configuration: PORT must be a port number (got "not-a-port")');
  });

  test('when the GraphQL port is taken, then the error names the port and PORT', async () => {
    const blocker = await occupy();
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await runService({ PORT: String(port), NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever1' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} (GraphQL API) is already in use`);
      expect(result.stderr).toContain('set PORT to a free port');
    } finally {
      blocker.close();
    }
  });

  test('when the Neo4j Bolt port is taken, then the error names the port and NEO4J_BOLT_PORT (and no JVM starts)', async () => {
    const blocker = await occupy();
    const port = (blocker.address() as net.AddressInfo).port;
    const home = path.join(PROJECT_ROOT, '.neo4j', 'instances', 'test-port-taken');
    try {
      const result = await runService({ PORT: '0', NEO4J_BOLT_PORT: String(port), NEO4J_HTTP_PORT: String(port + 1), NEO4J_HOME: home });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} (Neo4j Bolt) is already in use`);
      expect(result.stderr).toContain('set NEO4J_BOLT_PORT to a free port');
    } finally {
      blocker.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
