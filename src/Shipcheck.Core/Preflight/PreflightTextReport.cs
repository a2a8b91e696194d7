using System.Globalization;
using System.Text;
using Shipcheck.Core.Reports;

namespace Shipcheck.Core.Preflight;

/// <summary>
/// The seed's T-1 report: a header, a section per check with PASS / WARN / FAIL lines, the final summary,
/// <c>Result: N/M checks passed</c> and the verdict. Plain text, so it reads the same in a terminal, a CI log and a file.
/// </summary>
public static class PreflightTextReport
{
    private static readonly string Rule = new('=', 80);

    /// <summary>The report of <paramref name="result"/>.</summary>
    public static string Render(PreflightResult result)
    {
        var text = new StringBuilder();
        Banner(text, "PRE-DEPLOYMENT CHECKLIST (T-1)");
        text.Append("Version: ").Append(result.Run.Version is { Length: > 0 } v ? v : "(none given)").Append('\n');
        text.Append("Date: ").Append(result.Run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Run: ").Append(result.Run.Id).Append(result.Strict ? " (strict: warnings fail)" : "").Append('\n');
        text.Append(Rule).Append('\n');
        for (var i = 0; i < result.Checks.Count; i++)
        {
            var check = result.Checks[i];
            text.Append('\n');
            Banner(text, $"CHECK {i + 1}: {check.Name}");
            foreach (var item in check.Items)
            {
                text.Append('[').Append(PreflightResult.Label(item.Status)).Append("] ").Append(Line(item.Name));
                if (item.Message.Length > 0)
                {
                    text.Append(": ").Append(Line(item.Message));
                }
                if (item.Location is { } location)
                {
                    text.Append(" (at ").Append(Line(location)).Append(')');
                }
                text.Append('\n');
            }
        }
        text.Append('\n');
        Banner(text, "FINAL SUMMARY");
        foreach (var check in result.Checks)
        {
            var label = check.Passed ? "PASS" : "FAIL";
            var why = !check.Passed && check.StepStatus == Engine.StepStatus.Passed ? " (warnings, --strict)" : "";
            text.Append(label).Append(' ').Append(Line(check.Name)).Append(why).Append('\n');
        }
        text.Append('\n');
        text.Append("Result: ").Append(result.PassedCount).Append('/').Append(result.Checks.Count).Append(" checks passed\n");
        text.Append(Rule).Append('\n');
        text.Append(result.Passed
            ? "PRE-DEPLOYMENT CHECK: PASSED\nReady for deployment.\n"
            : $"PRE-DEPLOYMENT CHECK: FAILED\nNot ready: fix the FAIL lines above{(result.Strict ? " (and the WARN lines: --strict)" : "")}, then run preflight again.\n");
        text.Append(Rule).Append('\n');
        return text.ToString();
    }

    // One line each: a message with a line break or a colour code must not break the report's shape.
    private static string Line(string text) => PrintableText.Of(text).ReplaceLineEndings(" ");

    private static void Banner(StringBuilder text, string title) =>
        text.Append(Rule).Append('\n').Append(Line(title)).Append('\n').Append(Rule).Append('\n');
}
