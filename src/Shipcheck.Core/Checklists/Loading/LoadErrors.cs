using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Every message the loader shows a user, written once (style.md point 9).</summary>
internal static partial class LoadErrors
{
    public static Diagnostic FileMissing(string path) =>
        new(SourceSpan.None(path), "checklist file not found", "check the path; checklists are YAML files such as shipcheck.yaml");

    public static Diagnostic FileUnreadable(string path, string reason) =>
        new(SourceSpan.None(path), $"cannot read the checklist: {reason}", "check the file's permissions");

    public static Diagnostic FileEmpty(string path) =>
        new(SourceSpan.None(path), "the checklist is empty", "start from examples/quickstart/shipcheck.yaml; at least `service:` and one phase are needed");

    public static Diagnostic FileTooLarge(string path, long bytes, long limit) =>
        new(SourceSpan.None(path), $"the checklist is {Sizes.Format(bytes)}, larger than the {Sizes.Format(limit)} a checklist may be",
            "is this the right file? a checklist is a small YAML file");

    public static Diagnostic NotText(string path) =>
        new(SourceSpan.None(path), "the checklist is not a text file (it contains binary data or invalid UTF-8)", "pass the YAML checklist, not a binary");

    public static Diagnostic NotYaml(SourceSpan span, string detail) =>
        new(span, $"not valid YAML: {detail}", detail.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? "a key may appear only once in a map; remove or rename one of them"
            : "fix the YAML syntax at this position (indentation, quotes, brackets)");

    public static Diagnostic TooDeep(SourceSpan span, int limit) =>
        new(span, $"the YAML is nested more than {limit} levels deep", "a checklist needs only a few levels; is this the right file?");

    public static Diagnostic TooManyNodes(SourceSpan span, int limit) =>
        new(span, $"the YAML expands to more than {limit} nodes (anchors and aliases included)", "remove the aliases that repeat large parts (an alias bomb?)");

    public static Diagnostic MultipleDocuments(SourceSpan span) =>
        new(span, "the file holds more than one YAML document", "keep one checklist per file; remove the extra '---'");

    public static Diagnostic WrongType(SourceSpan span, string expected, string actual, string? hint = null) =>
        new(span, $"expected {expected}, found {actual}", hint);

    public static Diagnostic UnknownKey(SourceSpan span, string key, string where, IEnumerable<string> known) =>
        new(span, $"unknown key '{key}' in {where}",
            Suggestions.DidYouMean(key, known) ?? $"known keys: {string.Join(", ", known)}");

    public static Diagnostic MissingKey(SourceSpan span, string key, string where, string hint) =>
        new(span, $"{where} needs '{key}'", hint);

    public static Diagnostic BadDuration(SourceSpan span, string text) =>
        text.TrimStart().StartsWith('-')
            ? new(span, $"'{text}' is a negative duration", "durations are positive, like 500ms, 30s, 2m")
            : new(span, $"'{text}' is not a duration", $"write a number and a unit ({Durations.Units}), like 500ms, 30s, 2m, 1h30m");

    public static Diagnostic BadSize(SourceSpan span, string text) =>
        new(span, $"'{text}' is not a size", $"write a number and a unit ({Sizes.Units}), like 10MB");

    public static Diagnostic BadNumber(SourceSpan span, string text, string what) =>
        new(span, $"'{text}' is not {what}", null);

    public static Diagnostic BadBoolean(SourceSpan span, string text) =>
        new(span, $"'{text}' is not true or false", "write true or false");

    public static Diagnostic NotAllowed(SourceSpan span, string text, IReadOnlyList<string> allowed) =>
        new(span, $"'{text}' is not one of {string.Join(", ", allowed)}", Suggestions.DidYouMean(text, allowed));

    public static Diagnostic NoKind(SourceSpan span, IEnumerable<string> kinds) =>
        new(span, "this step says nothing to do", $"add one of: {string.Join(", ", kinds)}, or parallel:");

    public static Diagnostic TwoKinds(SourceSpan span, string first, string second) =>
        new(span, $"a step has one kind, this one has '{first}' and '{second}'", "split it into two steps");

    public static Diagnostic NoShorthand(SourceSpan span, string kind) =>
        new(span, $"'{kind}' needs a map of options, not a single value", $"write {kind}: {{ ... }}; see docs/checklist-format.md");

    public static Diagnostic DuplicateStep(SourceSpan span, string name, SourceSpan first) =>
        new(span, $"a step named '{name}' already exists in this phase (line {first.Line})", "give each step a distinct `name:`");

    public static Diagnostic UnknownVariable(SourceSpan span, string name, IEnumerable<string> known) =>
        new(span, $"unknown variable '${{{name}}}'",
            Suggestions.DidYouMean(name, known) ?? "declare it under vars:, pass it with --var NAME=VALUE, or capture it in an earlier step");

    public static Diagnostic VariableCycle(SourceSpan span, IEnumerable<string> cycle) =>
        new(span, $"variables refer to each other in a cycle: {string.Join(" → ", cycle)}", "break the cycle: one of them must not refer to the others");

    public static Diagnostic BadName(SourceSpan span, string name, string what) =>
        new(span, $"'{name}' is not a valid {what} name", "use letters, digits and '_', not starting with a digit");

    public static Diagnostic NameTaken(SourceSpan span, string name, string byWhat) =>
        new(span, $"'{name}' is already {byWhat}", "choose another name");

    public static Diagnostic Expression(SourceSpan span, string source, ExpressionError error) =>
        new(span, error.Message.Contains($"`{source}`", StringComparison.Ordinal) ? error.Message : $"{error.Message} in `{source}`", error.Hint);

    public static Diagnostic EmptyParallel(SourceSpan span) =>
        new(span, "a parallel group needs at least one step", "list the steps that run together under parallel:, or remove the group");

    public static Diagnostic NestedParallel(SourceSpan span) =>
        new(span, "parallel groups cannot be nested", "put all the steps that run together in one parallel: list");

    public static Diagnostic EmptyName(SourceSpan span) =>
        new(span, "a step name cannot be empty", "give the step a name, or leave name: out to get one made from the step");

    public static Diagnostic NothingToDo(SourceSpan span) =>
        new(span, "the checklist has no steps", "add at least one step under pre:, deploy:, verify: or post:");

    public static Diagnostic StabilityWithoutVerify(SourceSpan span) =>
        new(span, "stability repeats verify checks, but verify has none", "add checks under verify:, or remove stability:");

    public static Diagnostic UnknownRepeat(SourceSpan span, string name, IEnumerable<string> verifyNames) =>
        new(span, $"stability repeats '{name}', which is not a verify step",
            Suggestions.DidYouMean(name, verifyNames) ?? $"verify steps: {string.Join(", ", verifyNames)}");

    public static Diagnostic MustBePositive(SourceSpan span, string what) =>
        new(span, $"{what} must be greater than zero", null);

    public static Diagnostic BadHostName(SourceSpan span, string name) =>
        new(span, $"'{name}' is not a valid host name", "use letters, digits, '_', '.' and '-', starting with a letter or digit, such as oracle-a1");

    public static Diagnostic BadHostValue(SourceSpan span, string key, string problem, string expected) =>
        new(span, $"{problem}", $"give {key} as {expected}");

    public static Diagnostic UnknownHost(SourceSpan span, string name, IReadOnlyCollection<string> declared) =>
        declared.Count == 0
            ? new(span, $"the step runs on '{name}', but the checklist declares no hosts", $"declare it under hosts:, such as hosts: {{ {name}: {{ address: 10.0.0.5 }} }}")
            : new(span, $"unknown host '{name}'",
                (Suggestions.DidYouMean(name, declared) is { } guess ? guess + " " : "") + $"hosts declared under hosts: {string.Join(", ", declared)}");

    public static Diagnostic NotRemote(SourceSpan span, string kind, IEnumerable<string> remoteKinds) =>
        new(span, $"'{kind}' steps cannot run on a host", $"on: works with {string.Join(", ", remoteKinds)} steps; remove on: from this one");
}
