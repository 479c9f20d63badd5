import { ConfigError, DEFAULT_LOCAL_PASSWORD, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  test('when nothing is set, then the documented defaults apply and the local server is used', () => {
    const config = loadConfig({}, false);
    expect(config.externalNeo4j).toBe(false);
    expect(config.neo4j).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: DEFAULT_LOCAL_PASSWORD, database: 'neo4j' });
    expect(config.port).toBe(4000);
    expect(config.local.httpPort).toBe(7474);
    expect(config.local.heap).toBe('512m');
  });

  test('when NEO4J_URI is set, then the service uses that Neo4j and not a local one', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' }, false);
    expect(config.externalNeo4j).toBe(true);
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  test.each([
    ['PORT', 'abc', /PORT must be a port number/],
    ['PORT', '70000', /PORT must be between 1 and 65535/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a Neo4j URI/],
    ['NEO4J_HEAP', 'lots', /NEO4J_HEAP must be a size/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['NEO4J_PASSWORD', 'short', /NEO4J_PASSWORD must be at least 8 characters/],
  ])('when %s is "%s", then one error names the variable', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value }, false)).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value }, false)).toThrow(message);
  });

  test('when a secret is invalid, then its value is not repeated in the error', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' }, false)).not.toThrow(/"short"/);
  });

  test('when the Bolt and HTTP ports are the same, then the configuration is refused', () => {
    expect(() => loadConfig({ NEO4J_BOLT_PORT: '7000', NEO4J_HTTP_PORT: '7000' }, false)).toThrow(/NEO4J_HTTP_PORT must differ/);
  });
});
