import neo4j from 'neo4j-driver';
import { readTestDatabase } from '../helpers/test-database';
import { testExecutor } from '../helpers/api';

describe('the database the suite runs against', () => {
  const db = readTestDatabase();
  const { driver, executor } = testExecutor();
  afterAll(() => driver.close());

  test('when asked for its components, then it is a real Neo4j Kernel (5.26.x for the local server)', async () => {
    const [row] = await executor.read('queries/health/server-components');
    expect(row.name).toBe('Neo4j Kernel');
    if (db.local) {
      expect(row.version).toMatch(/^5\.26\.\d+$/);
      expect(row.edition).toBe('community');
    }
  });

  test('when APOC is asked for its version, then APOC Core answers with the same 5.26 line', async () => {
    if (!db.local) return;
    const [row] = await executor.runText('RETURN apoc.version() AS version');
    expect(row.version).toMatch(/^5\.26\./);
  });

  test('when a client uses a wrong password, then authentication is refused (auth is on)', async () => {
    const intruder = neo4j.driver(db.uri, neo4j.auth.basic(db.user, 'not-the-password'));
    await expect(intruder.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await intruder.close();
  });

  test('when the local server is configured, then it listens on loopback only', async () => {
    if (!db.local) return;
    const rows = await executor.runText("CALL dbms.listConfig('listen_address') YIELD name, value RETURN name, value");
    const listen = Object.fromEntries(rows.map((row) => [row.name, row.value]));
    expect(listen['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:/);
    expect(listen['server.http.listen_address']).toMatch(/^127\.0\.0\.1:/);
  });
});
