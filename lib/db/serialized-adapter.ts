/**
 * Wraps Prisma's better-sqlite3 adapter so that one connection can be shared safely by concurrent
 * requests. The stock adapter only serializes transactions among themselves: a query from another
 * request still runs on the connection while an interactive transaction is open, so it reads the
 * transaction's uncommitted rows and, if that transaction rolls back, an acknowledged write of
 * the other request is rolled back with it. Here every statement outside a transaction waits for
 * the open transaction (one FIFO lock for the connection), and transactions start with
 * BEGIN IMMEDIATE: they take SQLite's write lock up front, where busy_timeout applies, instead of
 * failing with SQLITE_BUSY when a deferred read has to be upgraded while another process writes.
 */

import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import type { Database } from "better-sqlite3";
import { FifoLock } from "@/lib/fifo-lock";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

function serialize(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new FifoLock(); // one for the connection
  // The adapter's better-sqlite3 handle (a public field it does not declare in its types).
  const sqlite = (inner as unknown as { client: Database }).client;
  sqlite.pragma("journal_mode = WAL"); // already stored in files made by the migrations; made certain for copies and restores

  async function startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return inner.startTransaction(isolationLevel); // the adapter's own refusal
    const release = await lock.acquire();
    try {
      await inner.executeRaw(statement("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      throw error;
    }
    let open = true;
    const end = async () => {
      if (open) release();
      open = false;
    };
    // Prisma sends COMMIT / ROLLBACK itself (usePhantomQuery: false), then calls commit() / rollback().
    return {
      provider: inner.provider,
      adapterName: inner.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => inner.queryRaw(query),
      executeRaw: (query) => inner.executeRaw(query),
      commit: end,
      rollback: end,
      createSavepoint: async (name) => void (await inner.executeRaw(statement(`SAVEPOINT ${name}`))),
      rollbackToSavepoint: async (name) => void (await inner.executeRaw(statement(`ROLLBACK TO ${name}`))),
      releaseSavepoint: async (name) => void (await inner.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
    };
  }

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query) => lock.run(() => inner.executeRaw(query)),
    executeScript: (script) => lock.run(() => inner.executeScript(script)),
    startTransaction,
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
  };
}

/** The same factory, handing out serialized connections. */
export function serializedAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialize(await factory.connect()),
  };
}
