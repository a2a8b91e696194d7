using System.Globalization;
using System.Text;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>The text a person reads in the record: what was asked, and the series the way Prometheus prints them.</summary>
internal static class QueryEvidence
{
    private const int SeriesShown = 100;
    private const int BodyShown = 1000;

    /// <summary>The request: endpoint, query and evaluation time.</summary>
    public static string Asked(PrometheusServer server, string query, DateTimeOffset time) =>
        $"POST {server.Display}{PrometheusServer.QueryPath}\nquery: {query}\n" +
        $"time: {time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)} ({EvaluationTime.UnixSeconds(time)})";

    /// <summary>The request, then one line per series (<c>up{job="api"} 1</c>), then any warnings.</summary>
    public static string Answered(string asked, QueryResult result)
    {
        var text = new StringBuilder(asked).Append('\n');
        var count = result.Series.Count;
        text.Append(result.ResultType).Append(": ").Append(count == 1 ? "1 series" : $"{count} series").Append('\n');
        foreach (var series in result.Series.Take(SeriesShown))
        {
            var label = result.ResultType == "scalar" ? "scalar" : SeriesLabels.Of(series);
            text.Append(label).Append(' ').Append(series.Entries[PromqlSeries.ValueKey].Display()).Append('\n');
        }
        if (count > SeriesShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {count - SeriesShown} more series\n");
        }
        foreach (var warning in result.Warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }
        foreach (var info in result.Infos)
        {
            text.Append("info: ").Append(info).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The request, then the status line and the start of a body that is not a Prometheus answer.</summary>
    public static string Unexpected(string asked, string statusLine, string body)
    {
        var start = body.Length > BodyShown ? body[..BodyShown] + "…" : body;
        return start.Length == 0 ? $"{asked}\n{statusLine}" : $"{asked}\n{statusLine}\n{start}";
    }
}
