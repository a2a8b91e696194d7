using System.Globalization;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Running;

/// <summary>Fills the blanks a run can fill by itself (commit, time, who) and asks for the rest.</summary>
public static class BlankValues
{
    /// <summary>
    /// One value per blank variable; <paramref name="ask"/> answers the blanks of no known kind (null or empty leaves
    /// the blank as it is), as does it a commit blank when <paramref name="commit"/> is unknown.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fill(MarkdownRunPlan plan, DateTimeOffset now, string user, string? commit, Func<BlankField, string?> ask)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var blank in plan.Blanks)
        {
            var value = blank.Field.Kind switch
            {
                BlankKind.Commit when commit is not null => commit,
                BlankKind.Time => now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                BlankKind.User => user,
                _ => ask(blank.Field),
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[blank.Name] = value.Trim();
            }
        }
        return values;
    }
}
