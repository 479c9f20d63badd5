import net from 'node:net';

export class PortInUseError extends Error {
  constructor(readonly port: number, readonly variable: string, what: string) {
    super(`Port ${port} (${what}) is already in use on 127.0.0.1. Stop the process using it or set ${variable} to a free port.`);
    this.name = 'PortInUseError';
  }
}

/** Resolves true when nothing listens on host:port (we could bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen({ port, host, exclusive: true });
  });
}

export async function assertPortFree(port: number, variable: string, what: string, host = '127.0.0.1'): Promise<void> {
  if (!(await isPortFree(port, host))) throw new PortInUseError(port, variable, what);
}

/** A free TCP port chosen by the OS (for test and benchmark instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
