using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// Turns what a failed kubectl call wrote to stderr into one message: kubectl's own words (the Kubernetes error a
/// person can search for), then what to check. klog's diagnostic lines are dropped when kubectl also wrote its summary.
/// </summary>
internal static partial class KubectlFailures
{
    private const int MessageLimit = 600;

    private static readonly (Regex Pattern, string Hint)[] Hints =
    [
        (NotFound(), "check the name, the namespace and the context"),
        (MissingContext(), "check the context option against 'kubectl config get-contexts'"),
        (Forbidden(), "the kubeconfig's user may not read it: check its RBAC permissions (get on the workload and on pods)"),
        (Unauthorized(), "the cluster refused the credentials: log in again or check the kubeconfig's user"),
        (TimedOut(), "the API server did not answer in time: check the network or VPN, or give the step a longer timeout"),
        (Unreachable(), "the cluster's API server cannot be reached: check the context, the network or VPN, and that the cluster runs"),
    ];

    /// <summary>The message for <paramref name="command"/>, which exited with <paramref name="exitCode"/>.</summary>
    public static string Describe(string command, int exitCode, string stderr)
    {
        var said = Summary(stderr);
        var hint = Hints.FirstOrDefault(h => h.Pattern.IsMatch(said)).Hint ?? $"kubectl exited with {exitCode}";
        return said.Length == 0 ? $"{command} failed: {hint}" : $"{command} failed: {said}; {hint}";
    }

    private static string Summary(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = lines.Where(l => !KlogLine().IsMatch(l)).ToList();
        var text = string.Join(" ", summary.Count > 0 ? summary : lines.TakeLast(1));
        return text.Length <= MessageLimit ? text : text[..MessageLimit] + "…";
    }

    // E0514 09:12:03.123456   48211 memcache.go:265] couldn't get current server API group list: ...
    [GeneratedRegex(@"^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ \S+:\d+\]")]
    private static partial Regex KlogLine();

    [GeneratedRegex(@"\(NotFound\)")]
    private static partial Regex NotFound();

    [GeneratedRegex(@"context ""[^""]*"" does not exist|context was not found for specified context")]
    private static partial Regex MissingContext();

    [GeneratedRegex(@"\(Forbidden\)")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\(Unauthorized\)|You must be logged in")]
    private static partial Regex Unauthorized();

    [GeneratedRegex(@"Client\.Timeout exceeded|context deadline exceeded|i/o timeout|unable to return a response in the time allotted|TLS handshake timeout")]
    private static partial Regex TimedOut();

    [GeneratedRegex(@"Unable to connect to the server|The connection to the server .* was refused|connection refused|no such host|no route to host")]
    private static partial Regex Unreachable();
}
