using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>Builds checklists and steps directly, as the loader would, without YAML.</summary>
internal static class TestSteps
{
    public static readonly SourceSpan Span = new("shipcheck.yaml", 1, 1, "");

    public static Expression Expr(string text) =>
        Expression.Parse(text).Expression ?? throw new ArgumentException($"'{text}' does not parse", nameof(text));

    /// <summary>A scripted step; expects <c>ok</c> unless told otherwise, and has no timeout.</summary>
    public static StepDefinition Step(string name, ScriptedProbe probe, params string[] expect) => Step(name, probe, ScriptedKind.Instance, null, expect);

    public static StepDefinition Step(string name, ScriptedProbe probe, ICheckKind kind, string? target, params string[] expect)
    {
        var options = new OptionValues(Span);
        options.Set(ScriptedKind.ScriptOption, probe, Span);
        if (target is not null)
        {
            options.Set(ScriptedKind.TargetOption, Template.Parse(target, Span, new DiagnosticBag()), Span);
        }
        return new StepDefinition(Span)
        {
            Name = name,
            Kind = kind,
            Options = options,
            Expectations = [.. (expect.Length == 0 ? ["ok"] : expect).Select(e => new ExpectationDefinition(Expr(e), Span))],
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public static ParallelGroup Parallel(params StepDefinition[] steps) => new(steps, Span);

    public static VariableDefinition Var(string name, string template) => new(name, Template.Parse(template, Span, new DiagnosticBag()), Span);

    public static Checklist Checklist(
        StepNode[]? pre = null,
        StepNode[]? deploy = null,
        StepNode[]? verify = null,
        StepNode[]? post = null,
        StepNode[]? rollback = null,
        StabilityDefinition? stability = null,
        VariableDefinition[]? vars = null,
        string[]? secrets = null,
        string? environment = "test")
    {
        var phases = new Dictionary<Phase, IReadOnlyList<StepNode>>();
        void Add(Phase phase, StepNode[]? steps)
        {
            if (steps is not null)
            {
                phases[phase] = steps;
            }
        }
        Add(Phase.Pre, pre);
        Add(Phase.Deploy, deploy);
        Add(Phase.Verify, verify);
        Add(Phase.Post, post);
        Add(Phase.Rollback, rollback);
        return new Checklist
        {
            FilePath = Path.Combine(Path.GetTempPath(), "shipcheck-engine-tests", "shipcheck.yaml"),
            Service = "demo",
            Environment = environment,
            Variables = vars ?? [],
            Secrets = [.. (secrets ?? []).Select(s => new SecretDefinition(s, Span))],
            Phases = phases,
            Stability = stability,
        };
    }
}
