namespace Shipcheck.Core.Expectations;

/// <summary>The types of the expectation language, used to type-check expressions at load time.</summary>
public enum ValueKind
{
    /// <summary>Not known until run time (JSON members, variables).</summary>
    Any,
    /// <summary>No value; a JSON null or a missing member.</summary>
    Null,
    /// <summary>true or false.</summary>
    Bool,
    /// <summary>A number (double precision).</summary>
    Number,
    /// <summary>Text.</summary>
    String,
    /// <summary>A length of time: <c>500ms</c>, <c>2m</c>.</summary>
    Duration,
    /// <summary>A number of bytes: <c>10MB</c>.</summary>
    Size,
    /// <summary>A point in time, usable with <c>age(x)</c>.</summary>
    Timestamp,
    /// <summary>An ordered list of values.</summary>
    List,
    /// <summary>Named values: JSON objects, headers.</summary>
    Map,
}
