import { splitCommandLine } from '../../src/local-neo4j/command-line';
import { browserWelcome } from '../../src/db/connect';
import { renderNeo4jConf } from '../../src/local-neo4j/configuration';
import { parseJavaVersion } from '../../src/local-neo4j/java';

describe('splitCommandLine (the launcher’s --dry-run output)', () => {
  test('when arguments are plain, then they split on spaces', () => {
    expect(splitCommandLine('/usr/bin/java -cp a/*:b/* -Xmx512m Main --home-dir=/x')).toEqual(['/usr/bin/java', '-cp', 'a/*:b/*', '-Xmx512m', 'Main', '--home-dir=/x']);
  });

  test('when a path contains spaces, then quotes keep it one argument', () => {
    expect(splitCommandLine(`java "--home-dir=/my projects/ree" '-Dx=a b' c\\ d`)).toEqual(['java', '--home-dir=/my projects/ree', '-Dx=a b', 'c d']);
  });

  test('when a quote is not closed, then it is an error', () => {
    expect(() => splitCommandLine('java "unclosed')).toThrow(/unbalanced quote/);
  });
});

describe('parseJavaVersion', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21.0.2" 2024-01-16', 21],
    ['openjdk version "25" 2025-09-16', 25],
    ['java version "1.8.0_402"', 8],
  ])('when java -version prints %s, then the major version is %i', (output, major) => {
    expect(parseJavaVersion('java', output)?.major).toBe(major);
  });

  test('when the output has no version, then nothing is returned', () => {
    expect(parseJavaVersion('java', 'command not found')).toBeUndefined();
  });
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf(
    { home: '/h', boltPort: 7999, httpPort: 7998, heap: '512m', pageCache: '128m' },
    { version: '5.26.31', root: '/d', lib: '/d/lib', plugins: '/d/plugins' },
  );

  test('when rendered, then Bolt and HTTP listen on loopback with matching advertised addresses', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.bolt.advertised_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7998');
    expect(conf).toContain('server.http.advertised_address=127.0.0.1:7998');
  });

  test('when rendered, then auth is on, usage reporting off and memory bounded', () => {
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('server.memory.heap.max_size=512m');
    expect(conf).toContain('server.memory.pagecache.size=128m');
  });

  test('when rendered, then no key appears twice except the JVM flags (strict validation refuses duplicates)', () => {
    const keys = conf
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => line.slice(0, line.indexOf('=')))
      .filter((key) => key !== 'server.jvm.additional');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Neo4j Browser settings of the local server', () => {
  test('when the API port is known, then the Browser applies the style and opens the guide from the service on connect', () => {
    const conf = renderNeo4jConf(
      { home: '/h', boltPort: 7999, httpPort: 7998, heap: '512m', pageCache: '128m', extra: browserWelcome(4123) },
      { version: '5.26.31', root: '/d', lib: '/d/lib', plugins: '/d/plugins' },
    );
    // 5.26 names the setting "whitelist"; its strict validation refuses the 4.x/2025 "allowlist" name.
    expect(conf).toContain('browser.remote_content_hostname_whitelist=localhost,127.0.0.1');
    // The Browser adds the leading colon to each command itself.
    expect(conf).toContain('browser.post_connect_cmd=style http://localhost:4123/neo4j-browser/style.grass; guide http://localhost:4123/neo4j-browser/guide.html');
  });

  test('when the API port is random (PORT=0), then no post-connect commands are written', () => {
    expect(browserWelcome(0)).toEqual({});
  });
});
