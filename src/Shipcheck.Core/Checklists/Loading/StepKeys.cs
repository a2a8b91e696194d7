namespace Shipcheck.Core.Checklists.Loading;

/// <summary>The keys every step may carry besides its kind.</summary>
internal static class StepKeys
{
    public const string Name = "name";
    public const string Expect = "expect";
    public const string Retry = "retry";
    public const string Until = "until";
    public const string Every = "every";
    public const string Timeout = "timeout";
    public const string When = "when";
    public const string Capture = "capture";
    public const string Severity = "severity";
    public const string On = "on";
    public const string Irreversible = "irreversible";
    public const string Parallel = "parallel";

    public static IReadOnlyList<string> Common { get; } = [Name, Expect, Retry, Until, Every, Timeout, When, Capture, Severity, On, Irreversible];

    public static IReadOnlyList<string> RetryKeys { get; } = ["attempts", "every"];

    public static IReadOnlyList<string> CaptureKeys { get; } = ["name", "value", "secret"];

    public static IReadOnlyList<string> Severities { get; } = ["fail", "warn"];
}
