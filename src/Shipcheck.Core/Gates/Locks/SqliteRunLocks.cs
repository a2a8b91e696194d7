using Microsoft.Data.Sqlite;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Core.Gates.Locks;

/// <summary>
/// Run locks kept in the run store's SQLite file: the row in <c>locks</c> is the lock, <c>lock_events</c> its history.
/// Every change is one <c>BEGIN IMMEDIATE</c> transaction, which takes SQLite's write lock before reading, so two
/// processes can never both see the lock free and both take it.
/// </summary>
/// <remarks>Its own connection, apart from the run store's, so a wait or a heartbeat never queues behind step writes.</remarks>
public sealed partial class SqliteRunLocks : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly string _machineName;
    private bool _disposed;

    private SqliteRunLocks(SqliteConnection connection, TimeProvider time, string machineName)
    {
        _connection = connection;
        _time = time;
        _machineName = machineName;
    }

    /// <summary>Opens the locks of the store at <paramref name="path"/>, creating or upgrading its tables.</summary>
    /// <exception cref="RunStoreException">The file cannot be opened or was written by a newer Shipcheck.</exception>
    public static SqliteRunLocks Open(string path, TimeProvider time, string? machineName = null)
    {
        var fullPath = Path.GetFullPath(path);
        // No journal mode here: the run store, opened first, set WAL in the file, and asking again from twenty
        // processes at once only adds contention.
        var connection = SqliteStoreConnection.Open(fullPath, setWriteAheadLog: false);
        return new SqliteRunLocks(connection, time, machineName ?? Environment.MachineName);
    }

    /// <summary>
    /// Takes <paramref name="claim"/>'s lock when it is free, already the claiming run's, or held by a dead runner
    /// (<see cref="LockStaleness"/>); otherwise says who holds it.
    /// </summary>
    public Task<LockAttempt> TryAcquireAsync(LockHolder claim, CancellationToken cancellationToken = default) =>
        InTransactionAsync(transaction =>
        {
            var now = _time.GetUtcNow();
            var holder = Read(transaction, claim.Name);
            if (holder is not null && holder.RunId != claim.RunId)
            {
                if (LockStaleness.WhyDead(holder, now, _machineName) is not { } because)
                {
                    return LockAttempt.HeldBy(holder);
                }
                Write(transaction, claim, now);
                AddEvent(transaction, new LockEvent(claim.Name, now, "reclaimed", claim.RunId, claim.User, $"from run {holder.RunId}: {because}"));
                return LockAttempt.Reclaimed(holder, because);
            }
            Write(transaction, claim, now);
            AddEvent(transaction, new LockEvent(claim.Name, now, "acquired", claim.RunId, claim.User, null));
            return LockAttempt.Taken;
        }, cancellationToken);

    /// <summary>Refreshes the heartbeat of <paramref name="runId"/>'s hold on <paramref name="name"/>; false when it no longer holds it.</summary>
    public Task<bool> HeartbeatAsync(string name, string runId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(transaction =>
        {
            using var command = Command(transaction, "UPDATE locks SET heartbeat_unix_ms = $now WHERE name = $name AND run_id = $run");
            command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$run", runId);
            return command.ExecuteNonQuery() > 0;
        }, cancellationToken);

    /// <summary>Releases <paramref name="holder"/>'s lock; false when it was no longer theirs (released by hand or reclaimed).</summary>
    public Task<bool> ReleaseAsync(LockHolder holder, CancellationToken cancellationToken = default) =>
        InTransactionAsync(transaction =>
        {
            if (!Delete(transaction, holder.Name, holder.RunId))
            {
                return false;
            }
            AddEvent(transaction, new LockEvent(holder.Name, _time.GetUtcNow(), "released", holder.RunId, holder.User, null));
            return true;
        }, cancellationToken);

    /// <summary>
    /// <c>shipcheck lock release NAME --reason R</c>: frees <paramref name="name"/> whoever holds it, and records who did it
    /// and why. Returns the holder it was taken from, or null when nobody held it.
    /// </summary>
    public Task<LockHolder?> ForceReleaseAsync(string name, string reason, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(transaction =>
        {
            var holder = Read(transaction, name);
            if (holder is null)
            {
                return null;
            }
            Delete(transaction, name, holder.RunId);
            AddEvent(transaction, new LockEvent(name, _time.GetUtcNow(), "force-released", holder.RunId, user, reason));
            return holder;
        }, cancellationToken);

    /// <summary>Every lock held now, by name, each with why its holder looks dead (null while alive).</summary>
    public Task<IReadOnlyList<(LockHolder Holder, string? Dead)>> ListAsync(CancellationToken cancellationToken = default) =>
        InTransactionAsync<IReadOnlyList<(LockHolder, string?)>>(transaction =>
        {
            var now = _time.GetUtcNow();
            using var command = Command(transaction, $"SELECT {HolderColumns} FROM locks ORDER BY name");
            using var reader = command.ExecuteReader();
            var list = new List<(LockHolder, string?)>();
            while (reader.Read())
            {
                var holder = ReadHolder(reader);
                list.Add((holder, LockStaleness.WhyDead(holder, now, _machineName)));
            }
            return list;
        }, cancellationToken);

    /// <summary>The history of <paramref name="name"/> (every lock when null), oldest first, at most the last <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<LockEvent>> EventsAsync(string? name, int limit, CancellationToken cancellationToken = default) =>
        InTransactionAsync<IReadOnlyList<LockEvent>>(transaction =>
        {
            using var command = Command(transaction,
                "SELECT name, at, kind, run_id, user_name, detail FROM " +
                "(SELECT * FROM lock_events WHERE $name IS NULL OR name = $name ORDER BY id DESC LIMIT $limit) ORDER BY id");
            command.Parameters.AddWithValue("$name", (object?)name ?? DBNull.Value);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var list = new List<LockEvent>();
            while (reader.Read())
            {
                list.Add(new LockEvent(reader.GetString(0), ParseTime(reader.GetString(1)), reader.GetString(2),
                    reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
            return list;
        }, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<T> InTransactionAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // deferred: false is BEGIN IMMEDIATE: the write lock is taken before the holder is read.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }
}
