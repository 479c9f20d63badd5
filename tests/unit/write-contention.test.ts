import type { Driver } from 'neo4j-driver';
import { mapDriverError, Neo4jExecutor } from '../../src/db/run';
import { OverloadedError, QueryTimeoutError, ServiceUnavailableError } from '../../src/errors';

/**
 * Lock contention between concurrent writes (a deadlock Neo4j resolves by rolling one back) is
 * retried by the executor a few times, then refused as OVERLOADED with a retry hint — never an
 * INTERNAL_SERVER_ERROR. A driver stand-in whose managed transaction fails as told: no database.
 */
const deadlock = () => Object.assign(new Error('ForsetiClient[transactionId=586] can’t acquire UpdateLock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });

function driverFailing(times: number): { driver: Driver; attempts: () => number } {
  let attempts = 0;
  const session = {
    executeWrite: async (work: (tx: { run: () => Promise<{ records: [] }> }) => Promise<unknown>) => {
      attempts += 1;
      if (attempts <= times) throw deadlock();
      return work({ run: async () => ({ records: [] }) });
    },
    close: async () => undefined,
  };
  return { driver: { session: () => session } as unknown as Driver, attempts: () => attempts };
}

describe('write transactions under lock contention', () => {
  test('when a write is rolled back by a deadlock 5 times, then the 6th attempt lands and its result is returned', async () => {
    const { driver, attempts } = driverFailing(5);
    const result = await new Neo4jExecutor(driver, 'neo4j').writeTransaction(async () => 'written');
    expect(result).toBe('written');
    expect(attempts()).toBe(6);
  });

  test('when every one of the 6 attempts deadlocks, then the write is refused as OVERLOADED with a retry hint, after exactly 6 attempts', async () => {
    const { driver, attempts } = driverFailing(6);
    const refusal = await new Neo4jExecutor(driver, 'neo4j').writeTransaction(async () => 'written').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OverloadedError);
    expect((refusal as OverloadedError).details).toEqual({ retryAfterSeconds: 1 });
    expect(attempts()).toBe(6);
  });

  test('when a write fails for another reason, then it is not retried', async () => {
    let attempts = 0;
    const session = {
      executeWrite: async () => {
        attempts += 1;
        throw Object.assign(new Error('constraint'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
      },
      close: async () => undefined,
    };
    const refusal = await new Neo4jExecutor({ session: () => session } as unknown as Driver, 'neo4j').writeTransaction(async () => 'written').catch((error: unknown) => error);
    expect((refusal as { code: string }).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    expect(attempts).toBe(1);
  });

  test('when driver errors are mapped, then contention is OVERLOADED, a lost connection SERVICE_UNAVAILABLE, and others pass through', () => {
    expect(mapDriverError(deadlock())).toBeInstanceOf(OverloadedError);
    expect(mapDriverError(Object.assign(new Error('x'), { code: 'Neo.TransientError.Transaction.LockAcquisitionTimeout' }))).toBeInstanceOf(OverloadedError);
    expect(mapDriverError(Object.assign(new Error('x'), { code: 'ServiceUnavailable' }))).toBeInstanceOf(ServiceUnavailableError);
    // Terminated while Neo4j shut down (the SIGKILL test under load saw these as INTERNAL_SERVER_ERROR).
    expect(mapDriverError(Object.assign(new Error('The transaction has been terminated.'), { code: 'Neo.TransientError.Transaction.Terminated' }))).toBeInstanceOf(ServiceUnavailableError);
    expect(mapDriverError(Object.assign(new Error('x'), { code: 'Neo.TransientError.Transaction.LockClientStopped' }))).toBeInstanceOf(ServiceUnavailableError);
    // The same termination has reached the service under other codes: its words decide.
    expect(mapDriverError(new Error('The transaction has been terminated. Retry your operation in a new transaction.'))).toBeInstanceOf(ServiceUnavailableError);
    // …but a timeout says the same words: its code makes it QUERY_TIMEOUT.
    expect(mapDriverError(Object.assign(new Error('The transaction has been terminated. … ran longer than the configured transaction timeout'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }))).toBeInstanceOf(QueryTimeoutError);
    const other = Object.assign(new Error('x'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(mapDriverError(other)).toBe(other);
  });
});
