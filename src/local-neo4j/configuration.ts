import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jDistribution } from './distribution';

export interface InstanceSettings {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Extra `key=value` settings, e.g. for Neo4j Browser. */
  extra?: Record<string, string>;
}

/**
 * JVM flags the official distribution puts in neo4j.conf for 5.26 on Java 17+. The `--add-opens`
 * and native-access lines are required; the rest are the vendor's GC and diagnostics defaults.
 * `-XX:+AlwaysPreTouch` is left out on purpose: it commits the whole heap at start and slows the
 * first start on small machines.
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
];

export function renderNeo4jConf(settings: InstanceSettings, dist: Neo4jDistribution): string {
  const lines: Array<[string, string]> = [
    // Loopback only: the local server is a development database, never exposed.
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${settings.boltPort}`],
    // Neo4j Browser and neo4j:// routing connect to the advertised address, so it must match.
    ['server.bolt.advertised_address', `127.0.0.1:${settings.boltPort}`],
    ['server.http.enabled', 'true'],
    ['server.http.listen_address', `127.0.0.1:${settings.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${settings.httpPort}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.memory.heap.initial_size', settings.heap],
    ['server.memory.heap.max_size', settings.heap],
    ['server.memory.pagecache.size', settings.pageCache],
    // Shared jars, per-instance data: dev, test and bench instances reuse one download.
    ['server.directories.lib', dist.lib],
    ['server.directories.plugins', dist.plugins],
    ['server.directories.import', 'import'],
    ['server.logs.config', path.join(settings.home, 'conf', 'server-logs.xml')],
    ['server.logs.user.config', path.join(settings.home, 'conf', 'user-logs.xml')],
    ['dbms.usage_report.enabled', 'false'],
    // Neo4j Browser fetches guides and styles (`:guide`, `:style`) only from these hosts (5.26 still
    // names the setting "whitelist"); REE Graph serves its own from the GraphQL service on this
    // machine, so nothing needs the internet.
    ['browser.remote_content_hostname_whitelist', 'localhost,127.0.0.1'],
    ['client.allow_telemetry', 'false'],
    ['dbms.security.procedures.unrestricted', 'apoc.*'],
    // A runaway query must not hold the database: the API also sets per-query timeouts.
    ['db.transaction.timeout', '120s'],
    // Netty's default 5 s quiet period per Bolt connector doubles every stop to ~10 s.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    ['internal.dbms.bolt.netty_server_shutdown_timeout', '2'],
    ...Object.entries(settings.extra ?? {}),
  ];
  return [
    '# Written by REE Graph (src/local-neo4j/configuration.ts) on every start; edits are overwritten.',
    ...lines.map(([key, value]) => `${key}=${value}`),
    ...JVM_FLAGS.map((flag) => `server.jvm.additional=${flag}`),
    '',
  ].join('\n');
}

const rolling = (name: string, file: string, layout: string, keep: number) => `
    <RollingRandomAccessFile name="${name}" fileName="\${config:server.directories.logs}/${file}"
                             filePattern="$\${config:server.directories.logs}/${file}.%02i">
      ${layout}
      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
      <DefaultRolloverStrategy fileIndex="min" max="${keep}"/>
    </RollingRandomAccessFile>`;

const PLAIN = '<PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>';

/** User log: neo4j.log plus the console (which the service copies into logs/console.log). */
export const USER_LOGS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="ERROR">
  <Appenders>${rolling('UserLog', 'neo4j.log', PLAIN, 3)}
    <Console name="Console" target="SYSTEM_OUT">${PLAIN}</Console>
  </Appenders>
  <Loggers>
    <Root level="INFO">
      <AppenderRef ref="UserLog"/>
      <AppenderRef ref="Console"/>
    </Root>
  </Loggers>
</Configuration>
`;

/** Server logs; the logger names QueryLogger, HttpLogger and SecurityLogger are fixed by Neo4j. */
export const SERVER_LOGS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="ERROR">
  <Appenders>${rolling('DebugLog', 'debug.log', '<Neo4jDebugLogLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p [%c{1.}] %m%n"/>', 3)}${rolling('HttpLog', 'http.log', PLAIN, 2)}${rolling('QueryLog', 'query.log', PLAIN, 2)}${rolling('SecurityLog', 'security.log', PLAIN, 2)}
  </Appenders>
  <Loggers>
    <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>
    <Logger name="QueryLogger" level="INFO" additivity="false"><AppenderRef ref="QueryLog"/></Logger>
    <Logger name="HttpLogger" level="INFO" additivity="false"><AppenderRef ref="HttpLog"/></Logger>
    <Logger name="SecurityLogger" level="INFO" additivity="false"><AppenderRef ref="SecurityLog"/></Logger>
  </Loggers>
</Configuration>
`;

/** Writes conf/ and the empty folders an instance home needs; returns the neo4j.conf written. */
export function writeInstanceConfiguration(settings: InstanceSettings, dist: Neo4jDistribution): string {
  for (const dir of ['conf', 'data', 'logs', 'run', 'import']) fs.mkdirSync(path.join(settings.home, dir), { recursive: true });
  const conf = renderNeo4jConf(settings, dist);
  fs.writeFileSync(path.join(settings.home, 'conf', 'neo4j.conf'), conf);
  fs.writeFileSync(path.join(settings.home, 'conf', 'user-logs.xml'), USER_LOGS_XML);
  fs.writeFileSync(path.join(settings.home, 'conf', 'server-logs.xml'), SERVER_LOGS_XML);
  return conf;
}
