using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>The messages about durations and sizes written with <c>${name}</c>.</summary>
internal static partial class LoadErrors
{
    private static string Allowed(string noun) => $"a {noun} can use vars: entries and --var";

    public static Diagnostic UnknownInQuantity(SourceSpan span, string name, string noun, IEnumerable<string> allowed) =>
        new(span, $"{span.YamlPath} uses ${{{name}}}, which is not defined",
            Suggestions.DidYouMean(name, allowed) is { } guess ? $"{guess} {Allowed(noun)}" : $"{Allowed(noun)}; declare it under vars:");

    public static Diagnostic UnavailableInQuantity(SourceSpan span, IReadOnlyList<string> trail, LoadTimeVariables.Unavailable reason, string noun)
    {
        var name = $"${{{trail[^1]}}}";
        var what = reason switch
        {
            LoadTimeVariables.Unavailable.Secret => $"the secret {name}",
            LoadTimeVariables.Unavailable.Capture => $"{name}, which a step captures during the run",
            _ => $"{name}, which is only known once the run starts",
        };
        var through = trail.Count == 1 ? "" : string.Join(" → ", trail.SkipLast(1).Select(t => $"${{{t}}}")) + ", which uses ";
        var why = reason == LoadTimeVariables.Unavailable.Secret
            ? "a secret's value must never shape the plan"
            : "its value must be known before anything runs";
        return new(span, $"{span.YamlPath} uses {through}{what}", $"{Allowed(noun)}; {why}");
    }

    public static Diagnostic BadResolvedDuration(SourceSpan span, ResolvedScalar resolved) =>
        resolved.Value.TrimStart().StartsWith('-')
            ? new(span, $"{span.YamlPath} is {resolved.Source} = '{resolved.Value}', a negative duration",
                $"durations are positive, like 500ms, 30s, 2m; {resolved.Origins}")
            : new(span, $"{span.YamlPath} is {resolved.Source} = '{resolved.Value}', not a duration",
                $"write it like 5m or 30s ({Durations.Units}); {resolved.Origins}");

    public static Diagnostic BadResolvedSize(SourceSpan span, ResolvedScalar resolved) =>
        new(span, $"{span.YamlPath} is {resolved.Source} = '{resolved.Value}', not a size",
            $"write it like 10MB or 512KiB ({Sizes.Units}); {resolved.Origins}");

    /// <summary>A problem with a value that came from variables, with the variables named.</summary>
    public static Diagnostic WithResolvedValue(Diagnostic problem, ResolvedScalar resolved) =>
        problem with
        {
            Message = $"{problem.Message} ({resolved.Source} = '{resolved.Value}')",
            Hint = problem.Hint is null ? resolved.Origins : $"{problem.Hint}; {resolved.Origins}",
        };
}
