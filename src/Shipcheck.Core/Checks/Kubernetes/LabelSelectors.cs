namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>Writes a workload's spec.selector as the label selector <c>kubectl get pods -l</c> takes.</summary>
internal static class LabelSelectors
{
    /// <summary>
    /// <c>app=web,tier in (api,worker)</c>; matchLabels sorted by key as the API machinery does. Empty when the
    /// workload has no selector, which would select every pod in the namespace: the caller refuses that.
    /// </summary>
    public static string Of(LabelSelectorJson? selector)
    {
        if (selector is null)
        {
            return "";
        }
        var labels = (selector.MatchLabels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}");
        var expressions = (selector.MatchExpressions ?? []).Select(Requirement);
        return string.Join(",", labels.Concat(expressions));
    }

    private static string Requirement(SelectorRequirementJson requirement)
    {
        var values = string.Join(",", requirement.Values ?? []);
        return requirement.Operator switch
        {
            "In" => $"{requirement.Key} in ({values})",
            "NotIn" => $"{requirement.Key} notin ({values})",
            "DoesNotExist" => $"!{requirement.Key}",
            _ => requirement.Key,
        };
    }
}
