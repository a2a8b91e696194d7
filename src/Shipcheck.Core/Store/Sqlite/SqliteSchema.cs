using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Store.Sqlite;

/// <summary>
/// The store's tables, as forward migrations. A migration is never edited once released: a change of shape is a new
/// entry at the end, so every older store upgrades step by step when it is opened.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Migration <c>i</c> brings the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE runs (
            id              TEXT PRIMARY KEY,
            service         TEXT NOT NULL,
            environment     TEXT,
            version         TEXT,
            checklist_path  TEXT NOT NULL,
            user_name       TEXT NOT NULL,
            host            TEXT NOT NULL,
            process_id      INTEGER NOT NULL,
            started_at      TEXT NOT NULL,
            started_unix_ms INTEGER NOT NULL,
            finished_at     TEXT,
            verdict         TEXT NOT NULL,
            summary         TEXT
        );
        CREATE INDEX runs_by_start ON runs (started_unix_ms DESC);
        CREATE INDEX runs_by_service ON runs (service, started_unix_ms DESC);
        CREATE TABLE steps (
            run_id            TEXT NOT NULL REFERENCES runs (id),
            sequence          INTEGER NOT NULL,
            phase             TEXT NOT NULL,
            name              TEXT NOT NULL,
            kind              TEXT NOT NULL,
            status            TEXT NOT NULL,
            started_at        TEXT NOT NULL,
            duration_ticks    INTEGER NOT NULL,
            attempts          INTEGER NOT NULL,
            round             INTEGER NOT NULL,
            observations_json TEXT NOT NULL,
            output            TEXT,
            expectations_json TEXT NOT NULL,
            message           TEXT,
            PRIMARY KEY (run_id, sequence)
        );
        CREATE TABLE captures (
            run_id TEXT NOT NULL REFERENCES runs (id),
            name   TEXT NOT NULL,
            value  TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (run_id, name)
        );
        CREATE TABLE variables (
            run_id   TEXT NOT NULL REFERENCES runs (id),
            name     TEXT NOT NULL,
            value    TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (run_id, name)
        );
        """,
        // Gates (docs/gates.md): ad-hoc freezes, sign-offs bound to version and commit, each run's commit, break-glass.
        // New tables only, so a store written before them reads as it did.
        """
        CREATE TABLE freezes (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            reason      TEXT NOT NULL,
            service     TEXT,
            environment TEXT,
            started_by  TEXT NOT NULL,
            started_at  TEXT NOT NULL,
            until_at    TEXT,
            ended_by    TEXT,
            ended_at    TEXT
        );
        CREATE TABLE run_commits (
            run_id TEXT PRIMARY KEY REFERENCES runs (id),
            commit_id TEXT
        );
        CREATE TABLE signoffs (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id      TEXT NOT NULL REFERENCES runs (id),
            service     TEXT NOT NULL,
            environment TEXT NOT NULL,
            version     TEXT NOT NULL,
            commit_id   TEXT NOT NULL,
            role        TEXT NOT NULL,
            name        TEXT NOT NULL,
            comment     TEXT,
            at          TEXT NOT NULL
        );
        CREATE INDEX signoffs_by_binding ON signoffs (service, environment, version, commit_id);
        CREATE TABLE break_glass (
            run_id    TEXT PRIMARY KEY REFERENCES runs (id),
            freeze    TEXT NOT NULL,
            reason    TEXT NOT NULL,
            role      TEXT NOT NULL,
            signed_by TEXT NOT NULL
        );
        """,
        // 3: run locks (lock: in a checklist). The holder's row is the lock; lock_events is its history.
        """
        CREATE TABLE locks (
            name              TEXT PRIMARY KEY,
            run_id            TEXT NOT NULL,
            user_name         TEXT NOT NULL,
            host              TEXT NOT NULL,
            process_id        INTEGER NOT NULL,
            since             TEXT NOT NULL,
            heartbeat_unix_ms INTEGER NOT NULL
        );
        CREATE TABLE lock_events (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            name      TEXT NOT NULL,
            at        TEXT NOT NULL,
            kind      TEXT NOT NULL,
            run_id    TEXT NOT NULL,
            user_name TEXT NOT NULL,
            detail    TEXT
        );
        CREATE INDEX lock_events_by_name ON lock_events (name, id);
        """,
        // 4: the text of a Markdown checklist a run came from: the filled-in checklist is rendered from it.
        """
        CREATE TABLE markdown_sources (
            run_id TEXT PRIMARY KEY REFERENCES runs (id),
            text   TEXT NOT NULL
        );
        """,
        // 5: notify: what became of each notification, beside the steps and never one of them.
        """
        CREATE TABLE notifications (
            run_id         TEXT NOT NULL REFERENCES runs (id),
            sequence       INTEGER NOT NULL,
            event          TEXT NOT NULL,
            target         TEXT NOT NULL,
            kind           TEXT NOT NULL,
            destination    TEXT NOT NULL,
            status         TEXT NOT NULL,
            attempts       INTEGER NOT NULL,
            at             TEXT NOT NULL,
            duration_ticks INTEGER NOT NULL,
            detail         TEXT,
            PRIMARY KEY (run_id, sequence)
        );
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Creates or upgrades the schema in one transaction; refuses a store newer than this code.</summary>
    public static void Migrate(SqliteConnection connection, string location)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = Command(connection, transaction, "SELECT MAX(version) FROM schema_version");
        var found = read.ExecuteScalar() is long v ? (int)v : 0;
        if (found > CurrentVersion)
        {
            throw RunStoreException.NewerSchema(location, found, CurrentVersion);
        }
        for (var version = found; version < CurrentVersion; version++)
        {
            Execute(connection, transaction, Migrations[version]);
        }
        if (found < CurrentVersion)
        {
            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({CurrentVersion})");
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
