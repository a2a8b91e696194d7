using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>A successful answer: its result type, its series, and the warnings Prometheus sent along.</summary>
/// <param name="ResultType"><c>vector</c> or <c>scalar</c>.</param>
/// <param name="Series">One map per series, from <see cref="PromqlSeries.Of"/>.</param>
/// <param name="Warnings">Warnings Prometheus returned (remote storage unreachable, partial data…).</param>
/// <param name="Infos">Notes Prometheus returned about the query (newer versions' "infos").</param>
internal sealed record QueryResult(string ResultType, IReadOnlyList<MapValue> Series, IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos);
