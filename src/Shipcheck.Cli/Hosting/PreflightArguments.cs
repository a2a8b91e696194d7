namespace Shipcheck.Cli.Hosting;

/// <summary>What <c>shipcheck preflight</c> was asked to do.</summary>
internal sealed record PreflightArguments
{
    public required string Version { get; init; }
    public bool Strict { get; init; }
    public string? OutputPath { get; init; }
    public string? ChecklistPath { get; init; }
    public string? RepositoryPath { get; init; }
    public bool Online { get; init; }
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
    public string? StorePath { get; init; }
}
