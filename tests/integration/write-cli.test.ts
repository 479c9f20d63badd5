import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TokenVerifier } from '../../src/auth/tokens';
import { PROJECT_ROOT } from '../../src/config';
import { graphChecksum } from '../../src/seed/load';
import { testExecutor } from '../helpers/api';
import { TEST_JWT_SECRET } from '../helpers/auth';
import { readTestDatabase } from '../helpers/test-database';

const run = promisify(execFile);
const SOURCE = 'src-usgs-mcs2026-data-release-copy';
const CLEANUP = "MATCH (n:Entity) WHERE n.id STARTS WITH 'co-wtest-cli-' DETACH DELETE n WITH count(*) AS done MATCH (a:AuditEntry) WHERE a.actor STARTS WITH 'cli:' AND a.entityId STARTS WITH 'co-wtest-cli-' DELETE a";

describe('the write command-line tools', () => {
  const { driver, executor } = testExecutor();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-import-'));
  const db = readTestDatabase();
  const environment = { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn' };
  const script = (name: string) => path.join(PROJECT_ROOT, 'dist', 'scripts', `${name}.js`);
  afterAll(async () => {
    await executor.runText(CLEANUP);
    fs.rmSync(folder, { recursive: true, force: true });
    await driver.close();
  });

  test('when `npm run token -- --role admin` runs, then it prints only a token the service accepts as admin', async () => {
    const { stdout } = await run(process.execPath, [script('token'), '--role', 'admin', '--sub', 'test-cli'], { env: environment, cwd: PROJECT_ROOT });
    const caller = await new TokenVerifier({ jwtSecret: TEST_JWT_SECRET }).caller(`Bearer ${stdout.trim()}`);
    expect(caller.viewer).toEqual({ subject: 'test-cli', roles: ['admin'] });
  });

  test('when `npm run import` gets a valid file, then it writes every row and records cli:<user> in the audit log', async () => {
    const file = path.join(folder, 'companies.csv');
    fs.writeFileSync(file, `id,name,aliases,countryId,ownershipType,listing,description,sourceIds\nco-wtest-cli-one,CLI One,,FR,PRIVATE,,,${SOURCE}\n`);
    const { stdout } = await run(process.execPath, [script('import'), file, '--type', 'companies'], { env: environment, cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/1 COMPANY row\(s\) applied/);
    const [row] = await executor.runText("MATCH (c:Company {id: 'co-wtest-cli-one'})-[:HEADQUARTERED_IN]->(country) MATCH (a:AuditEntry {entityId: 'co-wtest-cli-one'}) RETURN country.id AS country, a.actor AS actor");
    expect(row).toEqual({ country: 'FR', actor: `cli:${os.userInfo().username}` });
  });

  test('when the file has a bad row, then the command exits 1, names file:line and field, and changes nothing', async () => {
    const file = path.join(folder, 'bad.csv');
    fs.writeFileSync(file, `id,name,aliases,countryId,ownershipType,listing,description,sourceIds\nco-wtest-cli-two,CLI Two,,FR,PRIVATE,,,${SOURCE}\nco-wtest-cli-three,CLI Three,,FR,PIRATE,,,${SOURCE}\n`);
    const before = await graphChecksum(executor);
    const failure = await run(process.execPath, [script('import'), file, '--type', 'COMPANY'], { env: environment, cwd: PROJECT_ROOT }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(`${file}:3: ownershipType: must be one of`);
    expect(await graphChecksum(executor)).toBe(before);
  });

  test('when the type is unknown, then the command explains the types and exits 2', async () => {
    const failure = await run(process.execPath, [script('import'), 'x.csv', '--type', 'unicorns'], { env: environment, cwd: PROJECT_ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/relationship types: STAKE/);
  });
});
