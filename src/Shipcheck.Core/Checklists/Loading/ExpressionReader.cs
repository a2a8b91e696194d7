using Shipcheck.Core.Expectations;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Parses and type-checks an expression written in the checklist, placing each error on its column.</summary>
internal static class ExpressionReader
{
    public static Expression? Read(YamlContext ctx, YamlNode node, string path, ITypeScope scope)
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
        var typeErrors = parsed.Expression!.TypeCheck(scope);
        foreach (var error in typeErrors)
        {
            ctx.Report(LoadErrors.Expression(span.Shift(error.Offset), text, error));
        }
        return typeErrors.Count == 0 ? parsed.Expression : null;
    }

    /// <summary>A kind's default expectation, which is Shipcheck's own text and must always parse.</summary>
    public static Expression Default(string text) =>
        Expression.Parse(text).Expression ?? throw new InvalidOperationException($"built-in expectation `{text}` does not parse");
}
