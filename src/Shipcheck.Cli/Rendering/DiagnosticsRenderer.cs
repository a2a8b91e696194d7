using Shipcheck.Core.Checklists;

namespace Shipcheck.Cli.Rendering;

/// <summary>Prints checklist problems: one per entry with position, path and hint, then what happens next.</summary>
internal static class DiagnosticsRenderer
{
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<Diagnostic> problems)
    {
        foreach (var problem in problems)
        {
            await writer.WriteLineAsync($"error: {problem.Render()}");
        }
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        await writer.WriteLineAsync($"{count}; nothing was run.");
    }
}
