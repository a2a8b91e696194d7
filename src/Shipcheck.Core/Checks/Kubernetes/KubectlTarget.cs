using System.Globalization;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// The cluster a step talks to: the kubectl program and the flags that pick the kubeconfig, context and namespace,
/// added to every call so the workload and its pods are read from the same place.
/// </summary>
/// <param name="Program">The kubectl to start: a name looked up on PATH or a full path.</param>
/// <param name="Flags">--context, --namespace and --kubeconfig as given.</param>
internal sealed record KubectlTarget(string Program, IReadOnlyList<string> Flags)
{
    /// <summary>The arguments for one call: the command, the target's flags, and a request timeout when one is left.</summary>
    /// <param name="command">The kubectl command: <c>get deployment web -o json</c>.</param>
    /// <param name="timeLeft">What remains of the step's timeout; infinite for none.</param>
    public IReadOnlyList<string> Arguments(IReadOnlyList<string> command, TimeSpan timeLeft)
    {
        List<string> arguments = [.. command, .. Flags];
        if (timeLeft != Timeout.InfiniteTimeSpan)
        {
            // About a second under what is left, so kubectl gives up with its own message before the step's timeout
            // kills it; whole seconds, so the flag reads as a person would write it.
            var seconds = Math.Max(1, (long)Math.Round((timeLeft - TimeSpan.FromSeconds(1)).TotalSeconds));
            arguments.AddRange(["--request-timeout", seconds.ToString(CultureInfo.InvariantCulture) + "s"]);
        }
        return arguments;
    }

    /// <summary>How a command reads in messages and evidence: <c>kubectl get pods -l 'app in (a,b)' ...</c>.</summary>
    public string Display(IReadOnlyList<string> command) =>
        string.Join(" ", ((IEnumerable<string>)["kubectl", .. command, .. Flags]).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,!".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
