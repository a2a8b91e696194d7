using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Remote;

namespace Shipcheck.Core.Checks.Files;

/// <summary>
/// Looks at a <c>file</c> step's file on a host through ssh: the same observations as here, computed there with POSIX
/// tools. A relative path starts at the remote user's home; <c>modified</c> is to the host's stat precision and
/// <c>age</c> is measured with the runner's clock.
/// </summary>
public sealed class RemoteFileProbe(FileOptions options, HostDefinition host) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (target, problem) = SshTarget.Resolve(host, context);
        if (target is null)
        {
            return ProbeResult.Failed(problem!);
        }
        var marker = "shipcheck-file-" + Guid.NewGuid().ToString("N");
        var exports = new List<KeyValuePair<string, string>>
        {
            new(FileScript.MarkVariable, marker),
            new(FileScript.PathVariable, context.Render(options.Path).Trim()),
        };
        if (options.Contains is not null)
        {
            var needle = context.Render(options.Contains);
            if (needle.Contains('\n', StringComparison.Ordinal))
            {
                return ProbeResult.Failed($"on a host, 'contains' looks for text within one line, and this text has a line break; look for one line of it");
            }
            exports.Add(new(FileScript.ContainsVariable, needle));
        }
        var capture = new RemoteCapture(FileScript.ReportLimit);
        var outcome = await RemoteShell.RunAsync(target, new RemoteJob(FileScript.Text, exports, "sh"), capture.ReadAsync, context, cancellationToken);
        return RemoteReports.Problem(outcome, target, capture, "the file check") is { } failure
            ? ProbeResult.Failed(failure)
            : FileScript.Read(capture.Stdout.Span, marker, target.Name, context.Time.GetUtcNow());
    }
}
