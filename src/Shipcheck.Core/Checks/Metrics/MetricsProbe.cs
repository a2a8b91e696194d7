using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Checks.Metrics.Selection;
using Shipcheck.Core.Checks.Metrics.Series;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>
/// Scrapes once (or twice, <c>interval</c> apart on the step's clock), selects the series and reports them with their
/// values, increases and rates. It never judges them: "no series matched" is an empty <c>series</c> observation,
/// which the expectations see as no data.
/// </summary>
public sealed class MetricsProbe(MetricsOptions options) : IProbe
{
    /// <summary>The most series a step observes: the record keeps every one, so a selector must be specific.</summary>
    public const int MaxSeries = 10_000;

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var url = context.Render(options.Url).Trim();
        if (!HttpTargets.IsHttpUrl(url, out var uri))
        {
            return ProbeResult.Failed($"GET {url}: not an absolute http:// or https:// URL");
        }
        var selector = SeriesSelector.All;
        if (options.Select is not null)
        {
            var text = context.Render(options.Select);
            var (parsed, error) = SelectorParser.Parse(text);
            if (parsed is null)
            {
                return ProbeResult.Failed(MetricsFailures.BadSelect(text, error!.Describe()));
            }
            selector = parsed;
        }
        var headers = options.Headers.ToDictionary(h => h.Key, h => context.Render(h.Value), StringComparer.OrdinalIgnoreCase);
        return await ObserveAsync(uri, headers, selector, context, cancellationToken);
    }

    private async Task<ProbeResult> ObserveAsync(Uri uri, Dictionary<string, string> headers, SeriesSelector selector, ProbeContext context, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        var first = await MetricsScraper.ScrapeAsync(uri, headers, options.TlsVerify, selector.MayMatchFamily, context.Time, cancellationToken);
        if (first.Exposition is null)
        {
            return Failed(first);
        }
        var series = SeriesSelection.Select(first.Exposition, selector);
        if (options.Interval is not { } interval)
        {
            return Observed(first.Summary, series, null);
        }
        try
        {
            await Task.Delay(interval, context.Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"GET {uri}: the wait between the two scrapes was cut short (timeout or interrupt)",
                SeriesObservations.Of(series, null), first.Summary);
        }
        var secondStarted = context.Time.GetTimestamp();
        var second = await MetricsScraper.ScrapeAsync(uri, headers, options.TlsVerify, selector.MayMatchFamily, context.Time, cancellationToken);
        if (second.Exposition is null)
        {
            return Failed(second, "second scrape: ");
        }
        var seconds = context.Time.GetElapsedTime(started, secondStarted).TotalSeconds;
        var earlier = new Dictionary<string, ScrapedSeries>(StringComparer.Ordinal);
        foreach (var before in series)
        {
            earlier.TryAdd(before.Key, before);
        }
        var later = SeriesSelection.Select(second.Exposition, selector);
        var changes = new Dictionary<string, SeriesChange>(StringComparer.Ordinal);
        foreach (var after in later)
        {
            if (earlier.TryGetValue(after.Key, out var before))
            {
                changes.TryAdd(after.Key, SeriesChange.Between(before, after, seconds));
            }
        }
        return Observed($"{second.Summary}, {Durations.Format(TimeSpan.FromSeconds(seconds))} after the first scrape", later, changes);
    }

    private static ProbeResult Observed(string summary, List<ScrapedSeries> series, Dictionary<string, SeriesChange>? changes)
    {
        if (series.Count > MaxSeries)
        {
            return ProbeResult.Failed(MetricsFailures.TooManySeries(series.Count, MaxSeries), output: summary);
        }
        var matched = series.Count == 1 ? "1 series selected" : $"{series.Count} series selected";
        var evidence = SeriesEvidence.Describe(series.Count == 0 ? $"{summary}; no series selected" : $"{summary}; {matched}:", series, changes);
        return new ProbeResult(SeriesObservations.Of(series, changes), evidence);
    }

    private static ProbeResult Failed(MetricsScrape scrape, string prefix = "")
    {
        var evidence = string.Join("\n", new[] { scrape.Summary, scrape.Body }.Where(s => s.Length > 0));
        return ProbeResult.Failed(prefix + scrape.Error, output: evidence.Length == 0 ? null : evidence);
    }
}
