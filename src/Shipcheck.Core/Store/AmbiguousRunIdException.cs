namespace Shipcheck.Core.Store;

/// <summary>A run id prefix that matches more than one run: the user has to type more of the id.</summary>
public sealed class AmbiguousRunIdException : RunStoreException
{
    private AmbiguousRunIdException(string prefix, IReadOnlyList<string> matches, string message) : base(message)
    {
        Prefix = prefix;
        Matches = matches;
    }

    /// <summary>What the user typed.</summary>
    public string Prefix { get; }

    /// <summary>Some of the ids it matches (at most <see cref="MaxListed"/>), newest first.</summary>
    public IReadOnlyList<string> Matches { get; }

    /// <summary>How many matching ids the message lists.</summary>
    public const int MaxListed = 10;

    /// <summary>The exception for <paramref name="prefix"/> matching <paramref name="matches"/>.</summary>
    public static AmbiguousRunIdException For(string prefix, IReadOnlyList<string> matches)
    {
        var listed = string.Join(", ", matches.Take(MaxListed));
        var more = matches.Count > MaxListed ? ", …" : "";
        return new AmbiguousRunIdException(prefix, [.. matches.Take(MaxListed)],
            $"run id '{prefix}' matches more than one run ({listed}{more}); give more of the id");
    }
}
