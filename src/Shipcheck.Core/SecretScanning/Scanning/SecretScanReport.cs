namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>What a scan found and what it looked at.</summary>
public sealed record SecretScanReport
{
    /// <summary>The folder paths are relative to.</summary>
    public required string Root { get; init; }

    /// <summary>The secrets found, ordered by file, line, column and rule; none redacted away, none raw.</summary>
    public required IReadOnlyList<SecretFinding> Findings { get; init; }

    /// <summary>Files read and scanned.</summary>
    public int FilesScanned { get; init; }

    /// <summary>Bytes read from those files.</summary>
    public long BytesScanned { get; init; }

    /// <summary>Files not scanned, with the reason.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>How many rules applied.</summary>
    public int RuleCount { get; init; }

    /// <summary>Where the rules came from (a config file, or Shipcheck's defaults).</summary>
    public string RulesSource { get; init; } = "";

    /// <summary>Findings left out because <c>.gitleaksignore</c> or the baseline lists them.</summary>
    public int Suppressed { get; init; }

    /// <summary>True when the files were the ones git lists (.gitignore respected); false for a plain walk.</summary>
    public bool UsedGit { get; init; }
}
