using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>Load-time checks of a <c>process</c> step: exactly one way to find the process, and a positive window.</summary>
/// <remarks>
/// A step timeout shorter than the window is not checked here: the timeout is a step key, which the options do not
/// carry.
/// </remarks>
internal static class ProcessOptionRules
{
    private const string Example = "for example 'process: connector-wss', or 'process: { pid_file: run/app.pid, window: 30m }'";

    private static readonly string[] Targets = [ProcessKind.PidFileOption, ProcessKind.NameOption, ProcessKind.UnitOption];

    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        var given = Targets.Where(options.Has).ToList();
        if (given.Count == 0)
        {
            diagnostics.Add(options.StepSpan, "process needs one of pid_file, name or unit", Example);
        }
        else if (given.Count > 1)
        {
            diagnostics.Add(options.SpanOf(given[1]), $"give only one of pid_file, name or unit, not {string.Join(" and ", given)}", Example);
        }
        foreach (var target in given)
        {
            if (options.Text(target) is { IsLiteral: true } text && string.IsNullOrWhiteSpace(text.Source))
            {
                diagnostics.Add(options.SpanOf(target), $"'{target}' is empty", Example);
            }
        }
        if (options.Has(ProcessKind.WindowOption) && options.Get(ProcessKind.WindowOption, TimeSpan.Zero) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(ProcessKind.WindowOption), "the window must be longer than 0", "for example 'window: 30m'");
        }
    }
}
