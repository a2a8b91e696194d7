namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Findings not to report again: the fingerprints of <c>.gitleaksignore</c> at the scan root (one a line, # comments;
/// backslashes read as '/', so a list written on Windows works; git-mode fingerprints with a commit in front match
/// nothing in a directory scan) and the findings of a baseline report.
/// </summary>
internal sealed class IgnoreList
{
    public const string FileName = ".gitleaksignore";

    private readonly HashSet<string> _fingerprints = new(StringComparer.Ordinal);

    public static IgnoreList Load(string root, string? baselinePath)
    {
        var list = new IgnoreList();
        var file = Path.Combine(root, FileName);
        if (File.Exists(file))
        {
            try
            {
                foreach (var line in File.ReadLines(file))
                {
                    var entry = line.Trim();
                    if (entry.Length > 0 && !entry.StartsWith('#'))
                    {
                        list._fingerprints.Add(entry.Replace('\\', '/'));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw SecretScanException.Unreadable(file, e.Message);
            }
        }
        if (baselinePath is not null)
        {
            list._fingerprints.UnionWith(Baseline.Fingerprints(baselinePath));
        }
        return list;
    }

    public bool Contains(SecretFinding finding) => _fingerprints.Contains(finding.Fingerprint);
}
