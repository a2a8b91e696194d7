using Shipcheck.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

internal sealed partial class StepReader
{
    private RetryPolicy? ReadRetry(YamlEntry entry)
    {
        var entries = MappingReader.Read(ctx, entry.Value, entry.Path, "retry", StepKeys.RetryKeys);
        if (entries is null)
        {
            return null;
        }
        if (!entries.TryGetValue("attempts", out var attemptsEntry))
        {
            ctx.Report(LoadErrors.MissingKey(ctx.Span(entry.Value, entry.Path), "attempts", "retry", "how many times to run the check in all, such as attempts: 3"));
            return null;
        }
        var attempts = ScalarReader.Integer(ctx, attemptsEntry.Value, attemptsEntry.Path);
        if (attempts is < 1 or > 1000)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(attemptsEntry.Value, attemptsEntry.Path), "a number of attempts from 1 to 1000", attempts.ToString()!));
            return null;
        }
        var every = entries.TryGetValue("every", out var everyEntry) ? ScalarReader.PositiveDuration(ctx, everyEntry, "retry every") : TimeSpan.FromSeconds(1);
        return attempts is { } a && every is { } e ? new RetryPolicy((int)a, e) : null;
    }

    private CaptureDefinition? ReadCapture(YamlEntry entry, ICheckKind kind, ObservationTypeScope scope)
    {
        string? name;
        Expectations.Expression? value = null;
        var secret = false;
        var nameSpan = ctx.Span(entry.Value, entry.Path);
        if (entry.Value is YamlMappingNode)
        {
            var entries = MappingReader.Read(ctx, entry.Value, entry.Path, "capture", StepKeys.CaptureKeys) ?? [];
            if (!entries.TryGetValue("name", out var nameEntry))
            {
                ctx.Report(LoadErrors.MissingKey(nameSpan, "name", "capture", "the variable to store the value in, such as name: previous_commit"));
                return null;
            }
            nameSpan = ctx.Span(nameEntry.Value, nameEntry.Path);
            name = ScalarReader.Text(ctx, nameEntry.Value, nameEntry.Path);
            if (entries.TryGetValue("value", out var valueEntry))
            {
                value = ExpressionReader.ReadValue(ctx, valueEntry.Value, valueEntry.Path, scope);
                if (value is null)
                {
                    return null;
                }
            }
            secret = entries.TryGetValue("secret", out var secretEntry) && ScalarReader.Boolean(ctx, secretEntry.Value, secretEntry.Path) == true;
        }
        else
        {
            name = ScalarReader.Text(ctx, entry.Value, entry.Path, "a variable name");
        }
        if (name is null)
        {
            return null;
        }
        if (!Template.IsName(name))
        {
            ctx.Report(LoadErrors.BadName(nameSpan, name, "variable"));
            return null;
        }
        if (value is null && kind.CaptureObservation is null)
        {
            ctx.Report(LoadErrors.MissingKey(nameSpan, "value", $"capture on a '{kind.Name}' step",
                $"say which observation to store, such as value: {kind.Observations.Fields.Keys.FirstOrDefault() ?? "..."}"));
            return null;
        }
        return new CaptureDefinition(name, value, secret);
    }
}
