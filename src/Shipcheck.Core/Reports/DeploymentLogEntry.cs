using System.Globalization;
using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>
/// The entry a run adds to a deployment log (HISTORY.md), in the format the teams' own checklists use:
/// date and time, service, version, commit, changes, status, verification, run id.
/// </summary>
public static class DeploymentLogEntry
{
    /// <summary>Names a commit may be captured or set under, in order of preference.</summary>
    public static readonly IReadOnlyList<string> CommitNames = ["commit", "deployed_commit", "git_commit"];

    /// <summary>The name of the variable (or capture) that describes the changes.</summary>
    public const string ChangesName = "changes";

    /// <summary>The entry as Markdown lines, ending with a line break.</summary>
    public static string Render(RunRecord run)
    {
        var service = run.Environment is { Length: > 0 } environment ? $"{run.Service} ({environment})" : run.Service;
        var sb = new StringBuilder();
        sb.Append("## ").Append(run.StartedAt.ToString("yyyy-MM-dd HH:mm '('zzz')'", CultureInfo.InvariantCulture)).Append('\n');
        Line(sb, "Service", service);
        Line(sb, "Version", run.Version);
        Line(sb, "Commit", Lookup(run, CommitNames));
        Line(sb, "Changes", Lookup(run, [ChangesName]));
        Line(sb, "Status", Status(run.Verdict));
        Line(sb, "Verification", VerificationSummary.Describe(run));
        Line(sb, "Run", run.Id);
        return sb.ToString();
    }

    /// <summary>The status word of a verdict, as the seeds spell it (<c>SUCCESS</c>, <c>ROLLED_BACK</c>).</summary>
    public static string Status(Verdict verdict) =>
        verdict == Verdict.Succeeded ? "SUCCESS" : Names.Of(verdict).ToUpperInvariant();

    private static void Line(StringBuilder sb, string label, string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? "-" : MarkdownText.Inline(value);
        sb.Append("- ").Append(label).Append(": ").Append(text).Append('\n');
    }

    /// <summary>A capture wins over a variable of the same name: it is what the run actually saw.</summary>
    private static string? Lookup(RunRecord run, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (run.Captures.TryGetValue(name, out var captured) && !string.IsNullOrWhiteSpace(captured))
            {
                return captured;
            }
            if (run.Variables.TryGetValue(name, out var variable) && !string.IsNullOrWhiteSpace(variable))
            {
                return variable;
            }
        }
        return null;
    }
}
