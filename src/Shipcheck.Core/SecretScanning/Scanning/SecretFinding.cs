namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// One secret found. Holds the secret only redacted (<see cref="Redaction"/>): the raw value never leaves the scanner.
/// Lines and columns are 1-based and count UTF-16 characters (SARIF's default); the end column is the secret's last
/// character. A path-only rule's finding is about the whole file: line and columns 0.
/// </summary>
public sealed record SecretFinding
{
    /// <summary>The rule that found it.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The file, relative to the scan root, with '/' separators.</summary>
    public required string File { get; init; }

    /// <summary>The line the secret starts on.</summary>
    public int StartLine { get; init; }

    /// <summary>The column of the secret's first character.</summary>
    public int StartColumn { get; init; }

    /// <summary>The line the secret ends on.</summary>
    public int EndLine { get; init; }

    /// <summary>The column of the secret's last character.</summary>
    public int EndColumn { get; init; }

    /// <summary>The secret, redacted.</summary>
    public required string Secret { get; init; }

    /// <summary>The rule's whole match with the secret in it redacted.</summary>
    public required string Match { get; init; }

    /// <summary>The secret's Shannon entropy.</summary>
    public double Entropy { get; init; }

    /// <summary>The rule's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>gitleaks' directory-mode fingerprint <c>file:ruleid:line</c>, what <c>.gitleaksignore</c> lists.</summary>
    public string Fingerprint => $"{File}:{RuleId}:{StartLine}";

    /// <summary><c>file:line:column</c>.</summary>
    public string Location => $"{File}:{StartLine}:{StartColumn}";
}
