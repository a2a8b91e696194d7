namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// One secret, one finding: when a specific rule (<c>aws-access-key-id</c>) and a generic one
/// (<c>generic-secret-assignment</c>, gitleaks' <c>generic-api-key</c>) match the same characters, only the specific
/// finding is kept, as gitleaks does, because it names what the secret is and so what to rotate.
/// </summary>
internal static class OverlappingFindings
{
    /// <summary><paramref name="findings"/> without generic findings that repeat a specific one's span.</summary>
    public static IEnumerable<SecretFinding> WithoutGenericDuplicates(IEnumerable<SecretFinding> findings) =>
        findings
            .GroupBy(f => (f.File, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn))
            .SelectMany(span => span.Any(f => !IsGeneric(f)) ? span.Where(f => !IsGeneric(f)) : span);

    private static bool IsGeneric(SecretFinding finding) => finding.RuleId.StartsWith("generic", StringComparison.OrdinalIgnoreCase);
}
