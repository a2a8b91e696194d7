namespace Shipcheck.Core.Store;

/// <summary>
/// A problem with the run store that a user can act on: an ambiguous run id, a run that does not exist, a store
/// written by a newer Shipcheck. The message is written for the user; the CLI prints it as it is.
/// </summary>
public class RunStoreException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public RunStoreException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the underlying cause.</summary>
    public RunStoreException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The store's schema is newer than this Shipcheck understands.</summary>
    public static RunStoreException NewerSchema(string location, int found, int supported) =>
        new($"the run store {location} has schema version {found}, but this Shipcheck understands up to {supported}; upgrade Shipcheck or use another store (--store PATH)");

    /// <summary>The store file cannot be created or opened (a folder that cannot be made, a file that is not SQLite).</summary>
    public static RunStoreException CannotOpen(string location, Exception cause) =>
        new($"cannot open the run store {location}: {cause.Message.TrimEnd('.')}. Pass --store PATH (or set SHIPCHECK_STORE) to a writable SQLite file", cause);

    /// <summary>A write named a run the store does not have.</summary>
    public static RunStoreException UnknownRun(string runId) =>
        new($"the run store has no run '{runId}'; begin the run before recording its steps");
}
