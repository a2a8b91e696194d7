using System.Globalization;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>
/// Looks at a <c>process</c> step's process once, or twice a window apart. A process that is not running (a missing pid
/// file, a dead pid, no match) is an observation; an unreadable or garbled pid file, or no systemd, is an error.
/// </summary>
public sealed class ProcessProbe : IProbe
{
    private readonly ProcessOptions _options;
    private readonly IProcessSource _source;

    /// <summary>A probe that looks at this machine's processes.</summary>
    public ProcessProbe(ProcessOptions options)
        : this(options, LocalProcesses.Instance)
    {
    }

    internal ProcessProbe(ProcessOptions options, IProcessSource source)
    {
        _options = options;
        _source = source;
    }

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var lookup = await _source.FindAsync(_options, context, cancellationToken);
        if (lookup.Error is not null)
        {
            return ProbeResult.Failed(lookup.Error);
        }
        if (lookup.Matches.Count == 0)
        {
            return new ProbeResult(NotRunning(lookup.Active), lookup.Why);
        }
        var first = lookup.Matches[0];
        if (_options.Window is not { } window)
        {
            return Running(lookup, first, 0, "");
        }
        try
        {
            await Task.Delay(window, context.Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"pid {first.Pid}: the {Durations.Format(window)} window was cut short (timeout or interrupt)");
        }
        var again = await _source.SampleAsync(first.Pid, context, cancellationToken);
        if (again.Error is not null)
        {
            return ProbeResult.Failed(again.Error);
        }
        if (again.Matches is not [var last, ..] || last.StartTicks != first.StartTicks)
        {
            return new ProbeResult(NotRunning(lookup.Active), $"{lookup.Why}; pid {first.Pid} exited during the {Durations.Format(window)} window");
        }
        var growth = last.RssBytes - first.RssBytes;
        return Running(lookup, last, growth, $", rss {Sizes.Format(first.RssBytes)} → {Sizes.Format(last.RssBytes)} over {Durations.Format(window)}");
    }

    private static ProbeResult Running(ProcessLookup lookup, ProcessSample sample, long growth, string windowNote)
    {
        var observations = new Observations()
            .Set("running", Value.Of(true))
            .Set("pid", Value.Of(sample.Pid))
            .Set("count", Value.Of(lookup.Matches.Count))
            .Set("uptime", Value.Of(sample.Uptime))
            .Set("rss", Value.OfSize(sample.RssBytes))
            .Set("cpu", Value.Of(sample.Cpu))
            .Set("rss_growth", Value.OfSize(growth))
            .Set("active", Value.Of(lookup.Active));
        var evidence = $"{lookup.Why}: pid {sample.Pid} ({sample.Command}), up {Durations.Format(sample.Uptime)}, " +
            $"rss {Sizes.Format(sample.RssBytes)}, cpu {sample.Cpu.ToString(CultureInfo.InvariantCulture)}%{windowNote}";
        return new ProbeResult(observations, evidence);
    }

    private static Observations NotRunning(string active) => new Observations()
        .Set("running", Value.Of(false))
        .Set("pid", Value.Null)
        .Set("count", Value.Of(0))
        .Set("uptime", Value.Null)
        .Set("rss", Value.Null)
        .Set("cpu", Value.Null)
        .Set("rss_growth", Value.Null)
        .Set("active", Value.Of(active));
}
