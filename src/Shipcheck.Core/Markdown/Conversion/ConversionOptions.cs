namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>How a Markdown checklist is converted.</summary>
public sealed record ConversionOptions
{
    /// <summary>The defaults: built-in heading table, shell fences run, sql fences stay manual.</summary>
    public static ConversionOptions Default { get; } = new();

    /// <summary>Headings to phases.</summary>
    public PhaseMapping Mapping { get; init; } = PhaseMapping.Default;

    /// <summary>
    /// The secret (environment variable) holding the database connection for <c>sql</c> fences; without it a sql
    /// block stays a manual step, since a query needs to know where to run.
    /// </summary>
    public string? SqlConnectionSecret { get; init; }

    /// <summary>Fence languages that are run as shell commands.</summary>
    public IReadOnlyList<string> ShellLanguages { get; init; } = ["sh", "bash", "shell", "console", "zsh"];
}
