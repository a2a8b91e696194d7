using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Checks.Metrics.Selection;

/// <summary>
/// Which series a <c>metrics</c> step looks at: a PromQL instant-vector selector such as
/// <c>connector_circuit_breaker_state{exchange=~"bin.*",state!="x"}</c>, parsed by <see cref="SelectorParser"/>.
/// </summary>
public sealed class SeriesSelector
{
    // The suffixes a family's samples may add to its name, so a selector of x_bucket keeps the family x.
    private static readonly string[] SampleSuffixes = ["_total", "_created", "_bucket", "_count", "_sum", "_gcount", "_gsum", "_info"];

    internal SeriesSelector(IReadOnlyList<LabelMatcher> nameMatchers, IReadOnlyList<LabelMatcher> labelMatchers)
    {
        NameMatchers = nameMatchers;
        LabelMatchers = labelMatchers;
    }

    /// <summary>Every series.</summary>
    public static SeriesSelector All { get; } = new([], []);

    /// <summary>Matchers on the metric name (<c>up</c>, <c>{__name__=~"connector_.*"}</c>).</summary>
    public IReadOnlyList<LabelMatcher> NameMatchers { get; }

    /// <summary>Matchers on the other labels.</summary>
    public IReadOnlyList<LabelMatcher> LabelMatchers { get; }

    /// <summary>True when every name matcher accepts <paramref name="name"/>.</summary>
    public bool NameMatches(string name)
    {
        foreach (var matcher in NameMatchers)
        {
            if (!matcher.Matches(name))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when every label matcher accepts the labels (a missing label counts as empty).</summary>
    public bool LabelsMatch(IReadOnlyList<Label> labels)
    {
        foreach (var matcher in LabelMatchers)
        {
            var value = "";
            foreach (var label in labels)
            {
                if (label.Name == matcher.Name)
                {
                    value = label.Value;
                    break;
                }
            }
            if (!matcher.Matches(value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the family named <paramref name="family"/> may hold a selected series, by its name or a sample's.</summary>
    public bool MayMatchFamily(string family)
    {
        if (NameMatchers.Count == 0 || NameMatches(family))
        {
            return true;
        }
        foreach (var suffix in SampleSuffixes)
        {
            if (NameMatches(family + suffix))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", NameMatchers.Concat(LabelMatchers)) + "}";
}
