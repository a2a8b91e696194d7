using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>What to scan and with which rules.</summary>
/// <param name="Path">A directory or a single file.</param>
public sealed record SecretScanRequest(string Path)
{
    /// <summary>The default largest file read; larger files are reported as skipped, never read.</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>A gitleaks-format config; null means <c>.gitleaks.toml</c> at the scan root, else the default rules.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Rules already loaded; when set, <see cref="ConfigPath"/> is not read.</summary>
    public SecretRuleSet? Rules { get; init; }

    /// <summary>A previous JSON report whose findings are not reported again.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Files larger than this (bytes) are skipped.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>How many files are scanned at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The clock the scanner measures its regex engines' cost with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>What a rule may spend on the interpreting regex engine before it moves to the non-backtracking one (zero: never interpreted).</summary>
    internal TimeSpan InterpreterBudget { get; init; } = ExistenceCheck.InterpreterBudget;
}
