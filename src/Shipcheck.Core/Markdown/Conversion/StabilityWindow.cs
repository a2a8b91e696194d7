using System.Globalization;
using System.Text.RegularExpressions;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// A stability section's steps join verify (a checklist's stability phase repeats verify steps, it has none of its own)
/// and its automatic steps are what the window repeats; the window's length comes from the heading ("5-Minute
/// Stability Check"), 5 minutes when it names none.
/// </summary>
internal static partial class StabilityWindow
{
    public static void Apply(ConvertedChecklist result, MarkdownChecklist checklist, IReadOnlyDictionary<MarkdownSection, SectionPhase> phases)
    {
        var stability = result.Steps.Where(s => s.Phase == Phase.Stability).ToList();
        if (stability.Count == 0)
        {
            return;
        }
        var names = new HashSet<string>(result.Steps.Where(s => s.Phase == Phase.Verify).Select(s => s.Name));
        for (var i = 0; i < result.Steps.Count; i++)
        {
            if (result.Steps[i].Phase == Phase.Stability)
            {
                var step = result.Steps[i];
                var name = names.Add(step.Name) ? step.Name : $"{step.Name} (line {step.Line})";
                names.Add(name);
                result.Steps[i] = new ConvertedStep(Phase.Verify, step.Group, name, step.Kind, step.Body, step.Line) { ManualReason = step.ManualReason };
                result.Steps[i].Expect.AddRange(step.Expect);
                result.Steps[i].Recognized.AddRange(step.Recognized);
                result.Steps[i].Notes.AddRange(step.Notes);
            }
        }
        var heading = checklist.Sections.FirstOrDefault(s => phases[s].Phase == Phase.Stability && phases[s].Rule is not null);
        var repeat = result.Steps.Where(s => s.Line >= (heading?.Line ?? 0) && stability.Any(o => o.Line == s.Line) && s.Kind != ConvertedKind.Confirm)
            .Select(s => s.Name).ToList();
        if (repeat.Count > 0)
        {
            result.Stability = (WindowOf(heading?.Text ?? ""), repeat, heading?.Line ?? stability[0].Line);
        }
    }

    private static TimeSpan WindowOf(string heading)
    {
        var m = Duration().Match(heading);
        if (!m.Success)
        {
            return TimeSpan.FromMinutes(5);
        }
        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value.ToLowerInvariant()[0] switch
        {
            'h' => TimeSpan.FromHours(n),
            's' => TimeSpan.FromSeconds(n),
            _ => TimeSpan.FromMinutes(n),
        };
    }

    [GeneratedRegex(@"(?<n>\d+)\s*-?\s*(?<unit>hours?|h|minutes?|mins?|m|seconds?|s|분)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
