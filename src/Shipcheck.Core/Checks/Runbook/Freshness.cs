using System.Globalization;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// How old a runbook is: from its "Last Updated" line, else from the last git commit of the file. Older than
/// <c>max_age</c>, dated in the future, or undated is a warning, never a failure: a stale runbook is worth a look.
/// </summary>
internal static class Freshness
{
    public const string Name = "freshness";

    /// <summary>The finding, and the date it is based on (null when none is known).</summary>
    public static async Task<(Finding Finding, DateTimeOffset? Updated)> JudgeAsync(
        RunbookDocument document, string path, string shown, TimeSpan maxAge, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (LastUpdatedLine.Find(document.ProseLines) is { } stated)
        {
            var where = $"{shown}:{stated.Line}";
            if (stated.Date is not { } date)
            {
                return (Finding.Warn(Name, "the 'Last Updated' line has a date that does not exist: write it as YYYY-MM-DD", where), null);
            }
            var updated = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return (Judge("last updated " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), updated, maxAge, now, "update its 'Last Updated' line", where), updated);
        }
        var (repository, _) = await GitRepository.OpenAsync(Path.GetDirectoryName(path)!, cancellationToken);
        if (repository is null)
        {
            return (Finding.Warn(Name, "has no 'Last Updated: YYYY-MM-DD' line and is not in a git repository: add the line"), null);
        }
        var committed = await repository.LastCommitDateAsync(path, cancellationToken);
        if (committed is not { } when)
        {
            return (Finding.Warn(Name, "has no 'Last Updated: YYYY-MM-DD' line and git has no commit of it: add the line, or commit the file"), null);
        }
        var shallow = await repository.IsShallowAsync(cancellationToken)
            ? " (a shallow clone: the real change may be older)"
            : "";
        return (Judge("last committed " + when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + shallow, when, maxAge, now, "add a 'Last Updated: YYYY-MM-DD' line when you do", null), when);
    }

    private static Finding Judge(string said, DateTimeOffset updated, TimeSpan maxAge, DateTimeOffset now, string fix, string? where)
    {
        var age = now - updated;
        if (age < -TimeSpan.FromDays(1))
        {
            return Finding.Warn(Name, $"{said}, which is in the future: correct the date", where);
        }
        var days = Math.Max(0, (int)age.TotalDays);
        var ago = days == 1 ? "1 day ago" : $"{days} days ago";
        return age > maxAge
            ? Finding.Warn(Name, $"{said}, {ago}: older than {Durations.Format(maxAge)}; review the runbook and {fix}", where)
            : Finding.Pass(Name, $"{said}, {ago} (within {Durations.Format(maxAge)})", where);
    }
}
