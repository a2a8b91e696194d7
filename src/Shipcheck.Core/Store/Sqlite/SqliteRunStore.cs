using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Store.Sqlite;

/// <summary>
/// The embedded run store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so every call is one
/// transaction that is on disk when it returns and a killed runner loses nothing it recorded.
/// </summary>
/// <remarks>
/// Safe to call from many threads: calls are serialized over one connection, and writes that arrive while another
/// commits are committed together (group commit), so parallel steps do not queue behind one disk flush each.
/// Other processes may read (and write)
/// the same file at the same time; they wait for each other up to <see cref="BusyTimeout"/>.
/// Writes are not abandoned once called, whatever their cancellation token says, because a step result dropped
/// during Ctrl-C is exactly the record an interrupted run needs. Reads honour cancellation while they wait.
/// <see cref="GetRunAsync"/> throws <see cref="AmbiguousRunIdException"/> when a prefix matches more than one run.
/// </remarks>
public sealed partial class SqliteRunStore : IRunStore
{
    /// <summary>How long a call waits for another process holding the database.</summary>
    public static TimeSpan BusyTimeout => SqliteStoreConnection.BusyTimeout;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _machineName;
    private bool _disposed;

    private SqliteRunStore(string path, SqliteConnection connection, string machineName)
    {
        FilePath = path;
        _connection = connection;
        _machineName = machineName;
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file, its folders and its tables when missing.</summary>
    /// <exception cref="RunStoreException">The file was written by a newer Shipcheck.</exception>
    public static Task<SqliteRunStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        try
        {
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                // A store folder Shipcheck made is ignored by git from inside, as pytest's cache is: a run must not
                // leave the repository dirty (release and preflight refuse a dirty tree) nor have its record committed.
                File.WriteAllText(Path.Combine(folder, ".gitignore"), "# made by shipcheck: the run store is not for git\n*\n");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw RunStoreException.CannotOpen(fullPath, e);
        }
        var connection = SqliteStoreConnection.Open(fullPath, setWriteAheadLog: true);
        return Task.FromResult(new SqliteRunStore(fullPath, connection, Environment.MachineName));
    }

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

    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_connection);
        }
        finally
        {
            _gate.Release();
        }
    }

}
