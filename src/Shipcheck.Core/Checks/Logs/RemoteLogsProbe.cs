using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Remote;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads a <c>logs</c> step's files on a host through ssh: the host expands the globs and streams the lines, and they
/// are counted here by the same selection and tally as local files. Relative paths start at the remote user's home;
/// <c>since</c> compares the lines' timestamps with the runner's clock.
/// </summary>
public sealed class RemoteLogsProbe(LogsOptions options, HostDefinition host) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (target, problem) = SshTarget.Resolve(host, context);
        if (target is null)
        {
            return ProbeResult.Failed(problem!);
        }
        var paths = options.Paths.Select(p => context.Render(p).Trim()).ToList();
        if (paths.FirstOrDefault(p => p.Length == 0 || p.Contains('\n', StringComparison.Ordinal) || LogFiles.HasWildcardInFolder(p)) is { } bad)
        {
            return ProbeResult.Failed($"the log path '{bad}' is empty, has a line break or a wildcard in a folder name; wildcards work in the file name only: logs/*.log");
        }
        LogTally tally;
        try
        {
            tally = new LogTally(LogsProbe.NewMatchers(options, context));
        }
        catch (ArgumentException e)
        {
            return ProbeResult.Failed($"a pattern is not a valid regular expression: {e.Message}");
        }
        var marker = "shipcheck-log-" + Guid.NewGuid().ToString("N");
        var selection = new LineSelection(options, context.Time.GetUtcNow(), LogsProbe.TimeFormat(options, context), tally);
        var feed = new RemoteLogFeed(marker, target.Name, selection);
        var capture = new RemoteCapture(0);
        var outcome = await RemoteShell.RunAsync(target, Job(paths, marker), (stdout, stderr, stop) => Task.WhenAll(
            feed.ReadAsync(stdout, stop), capture.ReadAsync(Stream.Null, stderr, stop)), context, cancellationToken);
        if (RemoteReports.Problem(outcome, target, capture, "reading the logs") is { } failure)
        {
            return ProbeResult.Failed(failure);
        }
        if (feed.Error is not null)
        {
            return ProbeResult.Failed(feed.Error);
        }
        selection.Finish();
        return new ProbeResult(LogsProbe.Observe(tally, feed.Files), LogsProbe.Evidence(tally, feed.Files, []));
    }

    // Without since, a tail needs only each file's last lines; with since, lines before the tail may still carry the
    // timestamp the tail's first lines inherit, so everything is read.
    private RemoteJob Job(IReadOnlyList<string> paths, string marker) => new(LogsScript.Text,
    [
        new(LogsScript.MarkVariable, marker),
        new(LogsScript.PathsVariable, string.Join('\n', paths.Select(LogsScript.ForHost))),
        new(LogsScript.TailVariable, options.Tail is { } tail && options.Since is null ? tail.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""),
    ], "sh");
}
