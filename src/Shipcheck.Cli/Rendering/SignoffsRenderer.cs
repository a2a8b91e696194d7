using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Gates.Signoffs;
using Shipcheck.Core.Store;

namespace Shipcheck.Cli.Rendering;

/// <summary>Prints <c>shipcheck signoffs RUN</c>: each point's tally, then every sign-off given for the run's version and commit.</summary>
internal static class SignoffsRenderer
{
    /// <summary>Writes the tallies of <paramref name="points"/> (null when the checklist could not be loaded now) over <paramref name="given"/>.</summary>
    public static Task WriteAsync(TextWriter writer, RunRecord run, SignoffBinding binding, IReadOnlyList<SignoffPoint>? points,
        IReadOnlyList<Signoff> given, bool json)
    {
        var tallies = (points ?? []).Select(p => (Point: p, Tally: SignoffTally.Count(p, given, run.User))).ToList();
        return writer.WriteAsync(json ? Json(run, binding, points is not null, tallies, given) : Text(run, binding, points is not null, tallies, given));
    }

    private static string Text(RunRecord run, SignoffBinding binding, bool known, List<(SignoffPoint Point, SignoffTally Tally)> tallies, IReadOnlyList<Signoff> given)
    {
        var text = new StringBuilder();
        var commit = binding.Commit is { Length: > 0 } c ? $" at commit {c[..Math.Min(12, c.Length)]}" : "";
        text.AppendLine($"run {run.Id}: {run.Service} {run.Version ?? "(no version)"}{commit}, started by {run.User}");
        if (!known)
        {
            text.AppendLine($"  the checklist ({run.ChecklistPath}) cannot be loaded now, so what is missing is not known");
        }
        else if (tallies.Count == 0)
        {
            text.AppendLine("  the checklist asks no sign-offs");
        }
        foreach (var (point, tally) in tallies)
        {
            var state = tally.Satisfied ? "complete" : $"{tally.Required - tally.Signed.Count} more needed";
            text.AppendLine($"  before {SignoffPoint.KeyOf(point.Before)}: {tally.Signed.Count} of {tally.Required} required ({state})");
            text.AppendLine($"    signed: {(tally.Signed.Count == 0 ? "nobody yet" : tally.SignedText)}");
            if (tally.Missing.Count > 0)
            {
                text.AppendLine($"    missing: {string.Join(", ", tally.Missing)}");
            }
            if (tally.RefusedSelf.Count > 0)
            {
                text.AppendLine($"    not counted (started the run; four-eyes): {string.Join(", ", tally.RefusedSelf)}");
            }
            if (!tally.Satisfied)
            {
                text.AppendLine($"    sign with: shipcheck approve {run.Id} --role \"{tally.Missing.FirstOrDefault() ?? point.Roles[0]}\" --as NAME");
            }
        }
        text.AppendLine(given.Count == 0 ? "no sign-offs given for this version and commit" : "given for this version and commit:");
        foreach (var s in given)
        {
            var comment = string.IsNullOrEmpty(s.Comment) ? "" : $": {s.Comment}";
            text.AppendLine($"  {At(s.At)}  {s.Role} by {s.Name} (run {s.RunId}){comment}");
        }
        return text.ToString();
    }

    private static string Json(RunRecord run, SignoffBinding binding, bool known, List<(SignoffPoint Point, SignoffTally Tally)> tallies, IReadOnlyList<Signoff> given)
    {
        var root = new JsonObject
        {
            ["run"] = run.Id,
            ["service"] = run.Service,
            ["version"] = run.Version,
            ["commit"] = binding.Commit,
            ["started_by"] = run.User,
            ["checklist_loaded"] = known,
            ["points"] = new JsonArray([.. tallies.Select(t => (JsonNode)new JsonObject
            {
                ["before"] = SignoffPoint.KeyOf(t.Point.Before),
                ["required"] = t.Tally.Required,
                ["satisfied"] = t.Tally.Satisfied,
                ["signed"] = new JsonArray([.. t.Tally.Signed.Select(s => (JsonNode)new JsonObject { ["role"] = s.Role, ["name"] = s.Name })]),
                ["missing"] = new JsonArray([.. t.Tally.Missing.Select(m => (JsonNode)m)]),
                ["refused_self"] = new JsonArray([.. t.Tally.RefusedSelf.Select(m => (JsonNode)m)]),
            })]),
            ["given"] = new JsonArray([.. given.Select(s => (JsonNode)new JsonObject
            {
                ["role"] = s.Role,
                ["name"] = s.Name,
                ["at"] = At(s.At),
                ["run"] = s.RunId,
                ["comment"] = s.Comment,
            })]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string At(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
