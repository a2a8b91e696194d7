using Shipcheck.Core.Checks.Kubernetes;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>A workload's spec.selector written as the selector kubectl get pods -l takes.</summary>
public sealed class LabelSelectorsTests
{
    [Fact]
    public void The_selector_of_a_workload_includes_its_match_expressions()
    {
        var selector = new LabelSelectorJson
        {
            MatchLabels = new() { ["tier"] = "api", ["app"] = "web" },
            MatchExpressions =
            [
                new SelectorRequirementJson { Key = "track", Operator = "In", Values = ["stable", "canary"] },
                new SelectorRequirementJson { Key = "legacy", Operator = "DoesNotExist" },
                new SelectorRequirementJson { Key = "zone", Operator = "Exists" },
                new SelectorRequirementJson { Key = "env", Operator = "NotIn", Values = ["dev"] },
            ],
        };

        Assert.Equal("app=web,tier=api,track in (stable,canary),!legacy,zone,env notin (dev)", LabelSelectors.Of(selector));
        Assert.Equal("", LabelSelectors.Of(null));
    }
}
