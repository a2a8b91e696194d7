using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore
{
    private readonly Lock _queueLock = new();
    private List<PendingWrite> _queue = [];

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and returns once it is on disk. Whoever gets the connection
    /// commits every write queued so far in one transaction, each inside its own savepoint, so one failing write
    /// (an unknown run id) fails alone while the others are kept.
    /// </summary>
    private async Task WriteAsync(Action<SqliteConnection, SqliteTransaction> work)
    {
        var pending = new PendingWrite(work);
        lock (_queueLock)
        {
            _queue.Add(pending);
        }
        // Writes are not abandoned on cancellation: see the remarks on the class.
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (!pending.Done.Task.IsCompleted)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                List<PendingWrite> batch;
                lock (_queueLock)
                {
                    batch = _queue;
                    _queue = [];
                }
                Commit(batch);
            }
        }
        finally
        {
            _gate.Release();
        }
        // Done by now: whoever took this write committed it before letting us have the connection.
        await pending.Done.Task;
    }

    private void Commit(List<PendingWrite> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            using var transaction = _connection.BeginTransaction();
            for (var i = 0; i < batch.Count; i++)
            {
                transaction.Save("write");
                try
                {
                    batch[i].Work(_connection, transaction);
                    transaction.Release("write");
                }
                catch (Exception e)
                {
                    // Not swallowed: the exception goes to the caller of this write through its task.
                    transaction.Rollback("write");
                    transaction.Release("write");
                    failures[i] = e;
                }
            }
            transaction.Commit();
        }
        catch (Exception e)
        {
            // Every caller in the batch must hear of it; a write left pending would hang its step forever.
            foreach (var write in batch)
            {
                write.Done.TrySetException(e);
            }
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Done.TrySetException(failure);
            }
            else
            {
                batch[i].Done.TrySetResult();
            }
        }
    }

    private sealed class PendingWrite(Action<SqliteConnection, SqliteTransaction> work)
    {
        public Action<SqliteConnection, SqliteTransaction> Work { get; } = work;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
