using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Reports;

namespace Shipcheck.Core.Checks.History;

/// <summary>Appends the deployment-log entry of the run so far; its verdict is already decided when <c>post</c> runs.</summary>
internal sealed class HistoryProbe(Template path) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var rendered = context.Render(path);
        string fullPath;
        try
        {
            fullPath = context.ResolvePath(rendered);
        }
        catch (ArgumentException)
        {
            return ProbeResult.Failed($"'{rendered}' is not a usable file path for the deployment history", Observe(false, rendered));
        }
        var entry = DeploymentLogEntry.Render(context.RunSoFar());
        try
        {
            await HistoryFile.AppendAsync(fullPath, entry, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ProbeResult.Failed($"cannot write the deployment history to {fullPath}: {e.Message}", Observe(false, fullPath));
        }
        return new ProbeResult(Observe(true, fullPath), entry);
    }

    private static Observations Observe(bool written, string fullPath) =>
        new Observations().Set("written", Value.Of(written)).Set("path", Value.Of(fullPath));
}
