namespace Shipcheck.Cli.Hosting;

/// <summary>What <c>shipcheck run</c> was asked to do, parsed from the command line.</summary>
internal sealed record RunArguments
{
    public required string ChecklistPath { get; init; }
    public string? Version { get; init; }
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
    public bool DryRun { get; init; }
    public int Concurrency { get; init; } = 32;
    public bool Json { get; init; }
    public string? StorePath { get; init; }
    public string? ConfirmAllReason { get; init; }
    public bool NoRollbackOnInterrupt { get; init; }
    public string? OverrideReason { get; init; }
    public TimeSpan LockWait { get; init; }
    public bool Auto { get; init; }
    public bool InPlace { get; init; }
    public string? MappingPath { get; init; }
    public string? SqlConnection { get; init; }

    /// <summary>Turns <c>name=value</c> pairs into a map; the last value of a name wins.</summary>
    public static IReadOnlyDictionary<string, string> ParseVars(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw CliUsageException.BadVar(pair);
            }
            result[pair[..equals].Trim()] = pair[(equals + 1)..];
        }
        return result;
    }
}
