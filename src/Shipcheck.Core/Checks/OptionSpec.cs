namespace Shipcheck.Core.Checks;

/// <summary>The YAML type of a check option; the loader checks it and converts the value.</summary>
public enum OptionType
{
    /// <summary>A string with <c>${}</c> references, delivered as a <see cref="Checklists.Template"/>.</summary>
    Text,
    /// <summary>A whole number, delivered as <see cref="long"/>.</summary>
    Integer,
    /// <summary>A number, delivered as <see cref="double"/>.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary><c>500ms</c>, <c>2m</c>, delivered as <see cref="TimeSpan"/>.</summary>
    Duration,
    /// <summary><c>10MB</c>, delivered as a <see cref="long"/> number of bytes.</summary>
    Size,
    /// <summary>A list of strings (a single string is accepted as a list of one), delivered as templates.</summary>
    TextList,
    /// <summary>A map of string to string (headers, env), delivered as templates.</summary>
    TextMap,
    /// <summary>A map of string to lists of strings (a single string is a list of one), delivered as templates.</summary>
    TextListMap,
}

/// <summary>One option a check kind accepts: drives validation, did-you-mean, docs and the JSON schema.</summary>
/// <param name="Name">The YAML key.</param>
/// <param name="Type">Its type.</param>
/// <param name="Description">One sentence for docs and editors.</param>
public sealed record OptionSpec(string Name, OptionType Type, string Description)
{
    /// <summary>True when the option must be given.</summary>
    public bool Required { get; init; }

    /// <summary>When set, the only values a Text option accepts (compared case-insensitively).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }
}
