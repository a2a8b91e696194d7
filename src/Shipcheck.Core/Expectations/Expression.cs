using Shipcheck.Core.Expectations.Evaluation;
using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax;
using Shipcheck.Core.Expectations.Syntax.Nodes;
using Shipcheck.Core.Expectations.Typing;

namespace Shipcheck.Core.Expectations;

/// <summary>
/// A parsed expression of the expectation language. Parse once at load time, type-check against the
/// check kind's observations, evaluate against each probe result.
/// </summary>
public sealed class Expression
{
    private readonly Node _root;

    private Expression(string source, Node root)
    {
        Source = source;
        _root = root;
    }

    /// <summary>The text as written.</summary>
    public string Source { get; }

    /// <summary>Parses <paramref name="source"/>; on failure the result carries every syntax error.</summary>
    public static ExpressionParseResult Parse(string source)
    {
        var (root, errors) = Parser.Parse(source ?? "");
        return root is null ? new ExpressionParseResult(null, errors) : new ExpressionParseResult(new Expression(source!, root), []);
    }

    /// <summary>
    /// On a step that observes several series (metrics, promql), an expectation that names what only one series has
    /// (<c>value &lt; 1</c>) outside <c>all(...)</c>/<c>any(...)</c> must hold for every series, as if written
    /// <c>all(value &lt; 1)</c>; returns that expression, or this one when nothing needs quantifying.
    /// </summary>
    public Expression QuantifiedPerSeries(ITypeScope scope)
    {
        if (scope.SeriesScope is not { } series
            || !SeriesReferences.OutsideQuantifiers(_root, name => scope.TypeOf(name) is null && series.TypeOf(name) is not null))
        {
            return this;
        }
        var all = new Token(TokenKind.Identifier, 0, SeriesQuantifiers.All);
        return new Expression(Source, new CallNode(all, [_root], _root.End));
    }

    /// <summary>Checks names and types against <paramref name="scope"/>, and that the whole is a condition; empty when sound.</summary>
    public IReadOnlyList<ExpressionError> TypeCheck(ITypeScope scope) => TypeChecker.Check(_root, Source, scope, asCondition: true);

    /// <summary>
    /// Checks names and types like <see cref="TypeCheck"/> but accepts any result type: for expressions whose value is
    /// used rather than judged (<c>capture: {value: json.version}</c>).
    /// </summary>
    public IReadOnlyList<ExpressionError> TypeCheckValue(ITypeScope scope) => TypeChecker.Check(_root, Source, scope, asCondition: false);

    /// <summary>Judges the observations in <paramref name="scope"/>; never throws.</summary>
    public ExpectationOutcome Evaluate(IValueScope scope)
    {
        try
        {
            var evaluator = new Evaluator(scope);
            var result = evaluator.Evaluate(_root);
            var explanation = ExplanationRenderer.Render(_root, evaluator.Observed);
            var error = evaluator.Problems.Count > 0 ? string.Join("; ", evaluator.Problems) : null;
            // No data is never a pass, whatever the expression around it makes of the empty quantifier.
            var holds = error is null && !evaluator.SawNoData && Coercion.Truth(result);
            return new ExpectationOutcome(holds, explanation, error, evaluator.SawNoData);
        }
        catch (Exception e)
        {
            return new ExpectationOutcome(false, Source, $"could not evaluate: {e.Message}");
        }
    }

    /// <summary>Computes the expression's value (for <c>capture</c> with <c>value:</c>); never throws.</summary>
    public ValueOutcome EvaluateValue(IValueScope scope)
    {
        try
        {
            var evaluator = new Evaluator(scope);
            var result = evaluator.Evaluate(_root);
            return new ValueOutcome(result.Value, evaluator.Problems.Count > 0 ? string.Join("; ", evaluator.Problems) : null);
        }
        catch (Exception e)
        {
            return new ValueOutcome(Value.Null, $"could not evaluate: {e.Message}");
        }
    }

    /// <summary>
    /// The constant string first arguments of every call to <paramref name="function"/> in the expression, in the order
    /// written: <c>count("PUBLISHED") >= 1</c> gives <c>PUBLISHED</c> for <c>count</c>, so a probe knows what to count.
    /// </summary>
    public IReadOnlyList<string> StringArgumentsOf(string function) => CallArguments.StringsOf(_root, function);

    /// <inheritdoc/>
    public override string ToString() => Source;
}
