namespace Shipcheck.Cli;

/// <summary>A command was used wrongly (unknown run id, bad --var); the message says what to do. Exit 2.</summary>
public sealed class CliUsageException(string message) : Exception(message)
{
    /// <summary>A <c>--var</c> that is not <c>name=value</c>.</summary>
    public static CliUsageException BadVar(string text) =>
        new($"--var '{text}' is not name=value; write --var name=value");

    /// <summary>No run matches the id given.</summary>
    public static CliUsageException RunNotFound(string id, string store) =>
        new($"no run '{id}' in {store}; `shipcheck history --store {store}` lists the runs");

    /// <summary>The store file does not exist (nothing has run yet with it).</summary>
    public static CliUsageException NoStore(string store) =>
        new($"no run store at {store}; run a checklist first, or pass --store PATH (or --checklist FILE) to point at one");

    /// <summary>The output file cannot be written.</summary>
    public static CliUsageException CannotWrite(string file, string reason) =>
        new($"cannot write {file}: {reason.TrimEnd('.')}; check the folder exists and is writable");

    /// <summary><c>lock release</c> of a lock nobody holds.</summary>
    public static CliUsageException LockNotHeld(string name) =>
        new($"no run holds lock '{name}'; `shipcheck lock list` shows the locks held");

    /// <summary>A <c>--reason</c> that is empty.</summary>
    public static CliUsageException EmptyReason(string command) =>
        new($"{command} needs a reason: write --reason \"what happened\"");

    /// <summary>A number option below its minimum.</summary>
    public static string TooSmall(string option, int minimum) => $"{option} must be at least {minimum}";

    /// <summary>An unknown report format.</summary>
    public static CliUsageException UnknownFormat(string format, IEnumerable<string> known) =>
        new($"unknown format '{format}'; use one of {string.Join(", ", known)}");
}
