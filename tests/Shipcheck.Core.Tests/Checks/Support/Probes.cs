using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Runs probes the way the engine does, with a real clock and a safety limit so a bug fails a test instead of hanging it.</summary>
internal static class Probes
{
    private static readonly TimeSpan SafetyLimit = TimeSpan.FromSeconds(60);

    public static ProbeContext Context(
        string workingDirectory,
        IReadOnlyDictionary<string, string>? variables = null,
        IConfirmationPrompt? prompt = null,
        TimeProvider? time = null,
        TimeSpan? stepTimeout = null)
    {
        variables ??= new Dictionary<string, string>();
        return new ProbeContext
        {
            Time = time ?? TimeProvider.System,
            WorkingDirectory = workingDirectory,
            Variables = new TestVariables(variables),
            ShellEnvironment = variables.ToDictionary(v => Template.ShellVariablePrefix + v.Key, v => v.Value),
            Prompt = prompt ?? new AnsweringPrompt(),
            RunSoFar = () => throw new InvalidOperationException("not used by these kinds"),
            StepName = "test step",
            StepTimeout = stepTimeout ?? Timeout.InfiniteTimeSpan,
        };
    }

    public static Task<ProbeResult> Observe(ICheckKind kind, OptionValues options, ProbeContext context) =>
        ObserveUntilCancelled(kind, options, context, TestContext.Current.CancellationToken);

    /// <summary>Observes on <paramref name="host"/> with the kind's remote probe, checked against the same schema.</summary>
    public static Task<ProbeResult> ObserveOn(IRemoteCheckKind kind, HostDefinition host, OptionValues options, ProbeContext context, CancellationToken? cancellationToken = null) =>
        Checked(kind, kind.CreateRemoteProbe(options, host).ObserveAsync(context, cancellationToken ?? TestContext.Current.CancellationToken));

    /// <summary>Observes with the token the engine would pass: cancelling it is a timeout or an interrupt.</summary>
    /// <remarks>Every result is also checked against the kind's declared observation schema.</remarks>
    public static Task<ProbeResult> ObserveUntilCancelled(ICheckKind kind, OptionValues options, ProbeContext context, CancellationToken cancellationToken) =>
        Checked(kind, kind.CreateProbe(options).ObserveAsync(context, cancellationToken));

    private static async Task<ProbeResult> Checked(ICheckKind kind, Task<ProbeResult> observing)
    {
        var result = await observing.WaitAsync(SafetyLimit, CancellationToken.None);
        foreach (var (name, value) in result.Observations)
        {
            if (!kind.Observations.Fields.TryGetValue(name, out var declared))
            {
                Assert.True(kind.Observations.OpenFields, $"{kind.Name} observed '{name}', which its schema does not declare");
                continue;
            }
            Assert.True(declared == ValueKind.Any || value.Kind == ValueKind.Null || value.Kind == declared,
                $"{kind.Name} observed '{name}' as {value.Kind}, but its schema declares {declared}");
        }
        return result;
    }
}
