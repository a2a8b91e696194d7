using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>A <c>sql</c> fence as a <c>sql</c> step: only with a connection configured, and only for a single statement.</summary>
internal static class SqlSteps
{
    public static ConvertedStep? Create(MarkdownCodeBlock block, string name, StepContext context, out string why)
    {
        if (context.Options.SqlConnectionSecret is not { } secret)
        {
            why = $"its sql block (line {block.Line}) needs a database connection; convert with --sql-connection SECRET to make it a sql step";
            return null;
        }
        var query = string.Join('\n', block.Text.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';').Trim();
        if (query.Length == 0 || query.Contains(';'))
        {
            why = $"its sql block (line {block.Line}) holds {(query.Length == 0 ? "no statement" : "several statements")}; a sql step runs one query";
            return null;
        }
        if (!context.Result.Secrets.Contains(secret))
        {
            context.Result.Secrets.Add(secret);
        }
        why = "";
        var step = new ConvertedStep(context.Phase, context.Group, context.Names.Unique(context.Phase, name, block.Line), ConvertedKind.Sql,
            query.Replace("${", "$${", StringComparison.Ordinal), block.Line);
        step.Expect.Add("rows > 0");
        step.Notes.AddRange(block.Expected.Select(e => $"expected (line {e.Line}, not checked): {e.Text}"));
        return step;
    }
}
