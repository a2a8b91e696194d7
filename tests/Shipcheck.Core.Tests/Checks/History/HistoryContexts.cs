using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Checks.History;

/// <summary>Probe contexts and options for history tests: a real folder, fixed variables, no person to ask.</summary>
internal static class HistoryContexts
{
    public static ProbeContext For(string workingDirectory, Func<RunRecord> runSoFar, IReadOnlyDictionary<string, string>? variables = null) => new()
    {
        Time = TimeProvider.System,
        WorkingDirectory = workingDirectory,
        Variables = new FixedVariables(variables ?? new Dictionary<string, string>()),
        ShellEnvironment = new Dictionary<string, string>(),
        Prompt = new NoPrompt(),
        RunSoFar = runSoFar,
        StepName = "history",
    };

    public static OptionValues PathOption(string path)
    {
        var span = SourceSpan.None("test");
        var diagnostics = new DiagnosticBag();
        var options = new OptionValues(span);
        options.Set("path", Template.Parse(path, span, diagnostics), span);
        Assert.False(diagnostics.HasErrors);
        return options;
    }

    private sealed class FixedVariables(IReadOnlyDictionary<string, string> values) : IVariableSource
    {
        public string? Variable(string name) => values.TryGetValue(name, out var v) ? v : null;

        public string? Environment(string name) => null;
    }

    private sealed class NoPrompt : IConfirmationPrompt
    {
        public Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a history step never asks anyone anything");
    }
}
