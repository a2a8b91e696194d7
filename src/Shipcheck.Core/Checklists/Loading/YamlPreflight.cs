using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Streams the YAML events once before the document is built, to refuse input that would make building it
/// expensive or recursive beyond reason: nesting deeper than <see cref="MaxDepth"/> or more than one document.
/// </summary>
internal static class YamlPreflight
{
    public const int MaxDepth = 64;

    /// <summary>True when the text may be loaded; otherwise the problem was reported.</summary>
    public static bool Check(YamlContext ctx, string text)
    {
        var depth = 0;
        var documents = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart start when !start.IsImplicit || documents == 0:
                        if (++documents > 1)
                        {
                            ctx.Report(LoadErrors.MultipleDocuments(Span(ctx, start.Start)));
                            return false;
                        }
                        break;
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            ctx.Report(LoadErrors.TooDeep(Span(ctx, parser.Current.Start), MaxDepth));
                            return false;
                        }
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
            return true;
        }
        catch (YamlException e)
        {
            var span = Detail(e).Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(ctx, text) is { } tab
                ? tab
                : Span(ctx, Mark(e));
            ctx.Report(LoadErrors.NotYaml(span, Detail(e)));
            return false;
        }
    }

    /// <summary>
    /// Where the error is: YamlDotNet sometimes wraps the real error (with its position) in one that points at the
    /// start of the enclosing block, so the inner mark wins when there is one.
    /// </summary>
    public static YamlDotNet.Core.Mark Mark(YamlException e) => (e.InnerException as YamlException ?? e).Start;

    /// <summary>YamlDotNet places a tab-indentation error at the start of the file; this finds the offending line.</summary>
    private static SourceSpan? FirstTabIndent(YamlContext ctx, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourceSpan(ctx.File, i + 1, tab + 1, "");
            }
        }
        return null;
    }

    public static SourceSpan Span(YamlContext ctx, YamlDotNet.Core.Mark mark) => new(ctx.File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), "");

    /// <summary>YamlDotNet's message without its own position prefix, which the span already gives.</summary>
    public static string Detail(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
