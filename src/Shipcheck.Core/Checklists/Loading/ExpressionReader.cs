using Shipcheck.Core.Expectations;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Parses and type-checks an expression written in the checklist, placing each error on its column.</summary>
internal static class ExpressionReader
{
    /// <summary>Reads a condition (an expectation or <c>when:</c>), which must be true or false.</summary>
    public static Expression? Read(YamlContext ctx, YamlNode node, string path, ITypeScope scope) =>
        Read(ctx, node, path, scope, asValue: false);

    /// <summary>Reads an expression whose value is used as it is (<c>capture: {value: ...}</c>).</summary>
    public static Expression? ReadValue(YamlContext ctx, YamlNode node, string path, ITypeScope scope) =>
        Read(ctx, node, path, scope, asValue: true);

    private static Expression? Read(YamlContext ctx, YamlNode node, string path, ITypeScope scope, bool asValue)
    {
        var text = ScalarReader.Text(ctx, node, path, "an expression such as status == 200");
        if (text is null)
        {
            return null;
        }
        var span = ctx.ContentSpan(node, path);
        var parsed = Expression.Parse(text);
        if (!parsed.Success)
        {
            foreach (var error in parsed.Errors)
            {
                ctx.Report(LoadErrors.Expression(span.Shift(error.Offset), text, error));
            }
            return null;
        }
        // A captured value is one value, so only a judged expectation is spread over the series.
        var expression = asValue ? parsed.Expression! : parsed.Expression!.QuantifiedPerSeries(scope);
        var typeErrors = asValue ? expression.TypeCheckValue(scope) : expression.TypeCheck(scope);
        foreach (var error in typeErrors)
        {
            ctx.Report(LoadErrors.Expression(span.Shift(error.Offset), text, error));
        }
        return typeErrors.Count == 0 ? expression : null;
    }

    /// <summary>A kind's default expectation, which is Shipcheck's own text and must always parse.</summary>
    public static Expression Default(string text) =>
        Expression.Parse(text).Expression ?? throw new InvalidOperationException($"built-in expectation `{text}` does not parse");
}
