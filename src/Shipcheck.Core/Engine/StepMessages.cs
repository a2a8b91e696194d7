using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>The one-line messages of step records, written once.</summary>
internal static class StepMessages
{
    /// <summary>What a step in verify or stability says when a sibling's failure cancelled it.</summary>
    public const string AnotherCheckFailed = "cancelled: another check failed";

    /// <summary>What a step says when Ctrl-C stopped it.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>What a rollback step says when a second Ctrl-C stopped it.</summary>
    public const string Aborted = "aborted";

    /// <summary>The kind whose steps record who confirmed.</summary>
    private const string ConfirmKind = "confirm";

    /// <summary>A value as a variable holds it: text as it is (trimmed), anything else as it reads in a report.</summary>
    public static string Text(Value value) => value switch
    {
        StringValue s => s.Value.Trim(),
        NullValue => "",
        _ => value.Display(),
    };

    /// <summary><c>confirmed by alice: looks good</c> for a confirm step whose probe said who answered; otherwise null.</summary>
    public static string? Confirmation(StepDefinition step, ProbeResult? result)
    {
        if (step.Kind.Name != ConfirmKind || result is null || !result.Observations.TryGetValue("by", out var by))
        {
            return null;
        }
        var confirmed = result.Observations.TryGetValue("confirmed", out var answer) && answer is BoolValue { Value: true };
        var comment = result.Observations.TryGetValue("comment", out var text) ? Text(text) : "";
        return $"{(confirmed ? "confirmed" : "not confirmed")} by {Text(by)}{(comment.Length > 0 ? ": " + comment : "")}";
    }

    public static string Append(string? message, string more) => string.IsNullOrEmpty(message) ? more : $"{message}; {more}";

    /// <summary><c>health — status (503) == 200</c>: the step and why it did not pass.</summary>
    public static string Describe(StepRecord step) => step.Message is { Length: > 0 } message ? $"{step.Name} — {message}" : step.Name;
}
