using System.Collections.Concurrent;
using Shipcheck.Core.SecretScanning.Config;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Scans a directory or file for hardcoded secrets, files in parallel. Bad input that stops the scan before it starts
/// (no such path, an invalid config or baseline) throws <see cref="SecretScanException"/>; everything found on the way
/// (unreadable, binary, oversized files) is in the report.
/// </summary>
public static class SecretScanner
{
    /// <summary>Runs the scan <paramref name="request"/> describes.</summary>
    public static async Task<SecretScanReport> ScanAsync(SecretScanRequest request, CancellationToken cancellationToken)
    {
        var (root, files, skipped, usedGit) = await TargetsAsync(request.Path, cancellationToken);
        var rules = request.Rules ?? RuleSetLoader.Load(request.ConfigPath, root);
        var ignored = IgnoreList.Load(root, request.BaselinePath);
        var scanner = new FragmentScanner(rules, request.Time, request.InterpreterBudget);
        var findings = new ConcurrentBag<SecretFinding>();
        var skips = new ConcurrentBag<SkippedFile>(skipped);
        long bytes = 0;
        var scanned = 0;
        var suppressed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(files, options, (relative, _) =>
        {
            if (rules.Allowlists.Any(a => a.TargetRules.Count == 0 && a.AllowsWholeFile(relative)))
            {
                return ValueTask.CompletedTask;
            }
            var (text, read, skip) = FileReader.Read(root, relative, request.MaxFileSize);
            if (skip is not null)
            {
                skips.Add(skip);
                return ValueTask.CompletedTask;
            }
            using (text)
            {
                try
                {
                    foreach (var finding in scanner.Scan(text!, relative))
                    {
                        if (ignored.Contains(finding))
                        {
                            Interlocked.Increment(ref suppressed);
                        }
                        else
                        {
                            findings.Add(finding);
                        }
                    }
                }
                catch (RuleTimeoutException e)
                {
                    skips.Add(new SkippedFile(relative, SkipReason.Timeout, $"{e.Message}; not fully scanned (allowlist the path, or simplify the rule)"));
                }
            }
            Interlocked.Increment(ref scanned);
            Interlocked.Add(ref bytes, read);
            return ValueTask.CompletedTask;
        });
        return new SecretScanReport
        {
            Root = root,
            Findings = [.. OverlappingFindings.WithoutGenericDuplicates(findings).OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal)],
            FilesScanned = scanned,
            BytesScanned = bytes,
            Skipped = [.. skips.OrderBy(s => s.File, StringComparer.Ordinal)],
            RuleCount = rules.Rules.Count,
            RulesSource = rules.Source,
            Suppressed = suppressed,
            UsedGit = usedGit,
        };
    }

    private static async Task<(string Root, IReadOnlyList<string> Files, List<SkippedFile> Skipped, bool UsedGit)> TargetsAsync(
        string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var (files, skipped, usedGit) = await ScanFiles.ListAsync(full, cancellationToken);
            return (full, files, skipped, usedGit);
        }
        if (File.Exists(full))
        {
            return (Path.GetDirectoryName(full)!, [Path.GetFileName(full)], [], false);
        }
        throw SecretScanException.NoSuchPath(path);
    }
}
