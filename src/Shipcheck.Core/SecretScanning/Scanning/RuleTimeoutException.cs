namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// A rule's regex ran past its time limit on a file. Replaces .NET's timeout exception, whose Input property holds
/// the text scanned (and so possibly a secret): only the rule's id travels.
/// </summary>
internal sealed class RuleTimeoutException(string ruleId) : Exception($"rule {ruleId} took longer than {Rules.RuleRegex.MatchTimeout.TotalSeconds:0} s")
{
    public string RuleId { get; } = ruleId;
}
