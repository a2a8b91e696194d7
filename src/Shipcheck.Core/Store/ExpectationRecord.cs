namespace Shipcheck.Core.Store;

/// <summary>One expectation as judged: the expression, whether it held, and the text with observed values filled in.</summary>
public sealed record ExpectationRecord(string Expression, bool Holds, string Explanation);
