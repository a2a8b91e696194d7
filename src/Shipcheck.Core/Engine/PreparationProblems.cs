using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>The wording of every problem <see cref="RunPreparation"/> reports, written once.</summary>
internal static class PreparationProblems
{
    private static readonly SourceSpan CommandLine = SourceSpan.None("command line");

    public static Diagnostic SecretNotSet(SecretDefinition secret) => new(secret.Span,
        $"secret '{secret.Name}' is not set: the environment variable {secret.Name} is unset or empty",
        $"export {secret.Name}=... before running shipcheck, or remove it from secrets:");

    public static Diagnostic SecretTooShort(SecretDefinition secret) => new(secret.Span,
        $"secret '{secret.Name}' is shorter than {Secrets.SecretMasker.MinimumLength} characters, too short to mask without mangling other output",
        "a value that short is no secret; use a real one, or move it from secrets: to vars:");

    public static Diagnostic UnknownOverride(string name, IEnumerable<string> declared)
    {
        var didYouMean = Suggestions.DidYouMean(name, declared);
        return new(CommandLine, $"--var {name}=...: the checklist declares no variable '{name}'",
            didYouMean ?? "--var only overrides variables declared under vars:; add it there first");
    }

    public static Diagnostic OverrideOfSecret(string name) => new(CommandLine,
        $"--var {name}=...: '{name}' is a secret and comes from the environment",
        $"export {name}=... instead; values on the command line end up in shell history");

    public static Diagnostic OverrideOfBuiltIn(string name) => new(CommandLine,
        $"--var {name}=...: '{name}' is a built-in variable",
        name == BuiltInVariables.Version ? "use --version to set the version" : "built-in variables cannot be overridden");

    public static Diagnostic UnresolvedReference(VariableDefinition variable, string reference, IEnumerable<string> known)
    {
        var didYouMean = Suggestions.DidYouMean(reference, known);
        return new(variable.Span, $"variable '{variable.Name}' refers to ${{{reference}}}, which is not defined",
            didYouMean ?? "vars may use built-in variables, secrets and other vars; use ${env.NAME} for an environment variable");
    }

    public static Diagnostic Cycle(VariableDefinition variable, IReadOnlyList<string> cycle) => new(variable.Span,
        $"variables refer to each other in a cycle: {string.Join(" -> ", cycle)}",
        "give one of them a value that does not refer back");

    public static Diagnostic LoadedWithOtherValue(string name, string loaded, string now) => new(CommandLine,
        $"the checklist's durations were resolved with ${{{name}}} = '{loaded}' when it was loaded, but this run has '{now}'",
        "load the checklist with the run's --var and --version: ChecklistLoader.Load(path, LoadSettings.For(request, environment))");
}
