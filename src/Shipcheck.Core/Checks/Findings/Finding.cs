namespace Shipcheck.Core.Checks.Findings;

/// <summary>
/// One item a preflight kind (<c>release_tag</c>, <c>migrations</c>, <c>secrets</c>, <c>artifacts</c>, <c>runbook</c>)
/// judged by its own rule: "tag v1.2.0 points at HEAD", "migration 0042 is untracked". The kind observes the list;
/// the step's expectation (by default <c>failures == 0</c>) decides the step.
/// </summary>
/// <param name="Name">What was looked at, short and stable (<c>tag</c>, <c>alembic heads</c>, <c>API_KEY</c>).</param>
/// <param name="Status">Pass, warn or fail.</param>
/// <param name="Message">What was seen, and for a warning or failure what to do. Never a secret's value.</param>
/// <param name="Location">Where, when it is a place in a file (<c>config/app.py:12:9</c>); null otherwise.</param>
public sealed record Finding(string Name, FindingStatus Status, string Message, string? Location = null)
{
    /// <summary>An item that holds.</summary>
    public static Finding Pass(string name, string message, string? location = null) => new(name, FindingStatus.Pass, message, location);

    /// <summary>An item worth a look.</summary>
    public static Finding Warn(string name, string message, string? location = null) => new(name, FindingStatus.Warn, message, location);

    /// <summary>An item that does not hold.</summary>
    public static Finding Fail(string name, string message, string? location = null) => new(name, FindingStatus.Fail, message, location);

    /// <summary>PASS, WARN or FAIL, as the report prints it.</summary>
    public string Label => Status switch
    {
        FindingStatus.Pass => "PASS",
        FindingStatus.Warn => "WARN",
        _ => "FAIL",
    };

    /// <summary>The lower-case status the observations and the JSON use (<c>pass</c>, <c>warn</c>, <c>fail</c>).</summary>
    public string StatusName => Label.ToLowerInvariant();

    /// <summary>One line of the report: <c>FAIL tag — v1.2.0 does not exist (at config.py:3:1)</c>.</summary>
    public override string ToString() =>
        Location is null ? $"{Label} {Name} — {Message}" : $"{Label} {Name} — {Message} (at {Location})";
}
