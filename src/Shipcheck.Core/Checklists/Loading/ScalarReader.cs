using System.Globalization;
using Shipcheck.Core.Expectations;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads typed scalars (text, durations, numbers, booleans) and reports what is wrong with them.</summary>
internal static class ScalarReader
{
    /// <summary>The text of a scalar, or null (reported) when the node is not one.</summary>
    public static string? Text(YamlContext ctx, YamlNode node, string path, string what = "a string")
    {
        if (node is YamlScalarNode scalar && !YamlNodes.IsNull(scalar))
        {
            return scalar.Value ?? "";
        }
        ctx.Report(LoadErrors.WrongType(ctx.Span(node, path), what, YamlNodes.Describe(node)));
        return null;
    }

    /// <summary>The text of a scalar that must be one of <paramref name="allowed"/>, or null (reported) when it is not.</summary>
    public static string? OneOf(YamlContext ctx, YamlEntry entry, IReadOnlyList<string> allowed)
    {
        var text = Text(ctx, entry.Value, entry.Path);
        if (text is not null && !allowed.Contains(text))
        {
            ctx.Report(LoadErrors.NotAllowed(ctx.Span(entry.Value, entry.Path), text, allowed));
            return null;
        }
        return text;
    }

    /// <summary>A template, with its syntax checked; references are checked later by <see cref="ReferenceChecker"/>.</summary>
    public static Template? Template(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path);
        return text is null ? null : Checklists.Template.Parse(text, ctx.ContentSpan(node, path), ctx.Diagnostics);
    }

    /// <summary>A duration, literal or written with <c>${name}</c> references resolved now (see <see cref="LoadTimeVariables"/>).</summary>
    public static TimeSpan? Duration(YamlContext ctx, YamlNode node, string path) =>
        Quantity<TimeSpan>(ctx, node, path, ("a duration such as 30s", "duration"), Durations.TryParse, LoadErrors.BadDuration, LoadErrors.BadResolvedDuration);

    /// <summary>A duration that must be longer than zero; <paramref name="what"/> names it in the message.</summary>
    public static TimeSpan? PositiveDuration(YamlContext ctx, YamlEntry entry, string what)
    {
        var value = Duration(ctx, entry.Value, entry.Path);
        if (value is { } v && v <= TimeSpan.Zero)
        {
            ctx.Report(LoadErrors.MustBePositive(ctx.Span(entry.Value, entry.Path), what));
            return null;
        }
        return value;
    }

    /// <summary>A size in bytes, literal or written with <c>${name}</c> references resolved now.</summary>
    public static long? Size(YamlContext ctx, YamlNode node, string path) =>
        Quantity<long>(ctx, node, path, ("a size such as 10MB", "size"), Sizes.TryParse, LoadErrors.BadSize, LoadErrors.BadResolvedSize);

    /// <summary>A whole number.</summary>
    public static long? Integer(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path, "a whole number");
        if (text is null)
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            ctx.Report(LoadErrors.BadNumber(ctx.Span(node, path), text, "a whole number"));
            return null;
        }
        return value;
    }

    /// <summary>A number.</summary>
    public static double? Number(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path, "a number");
        if (text is null)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            ctx.Report(LoadErrors.BadNumber(ctx.Span(node, path), text, "a number"));
            return null;
        }
        return value;
    }

    /// <summary>true or false.</summary>
    public static bool? Boolean(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path, "true or false");
        if (text is null)
        {
            return null;
        }
        if (!bool.TryParse(text, out var value))
        {
            ctx.Report(LoadErrors.BadBoolean(ctx.Span(node, path), text));
            return null;
        }
        return value;
    }

    private delegate bool Parser<T>(string text, out T value);

    /// <summary>
    /// A duration or size: its text as written, or with its references resolved, then parsed. Null when there is none
    /// (reported); a problem found later with a value that came from variables names them (<see cref="YamlContext.Explain"/>).
    /// </summary>
    private static T? Quantity<T>(YamlContext ctx, YamlNode node, string path, (string Expected, string Noun) what, Parser<T> parse,
        Func<SourceSpan, string, Diagnostic> bad, Func<SourceSpan, ResolvedScalar, Diagnostic> badResolved) where T : struct
    {
        var text = Text(ctx, node, path, what.Expected);
        if (text is null)
        {
            return null;
        }
        var span = ctx.Span(node, path);
        ResolvedScalar? resolved = null;
        if (text.Contains("${", StringComparison.Ordinal))
        {
            var problems = ctx.Diagnostics.Items.Count;
            var template = Checklists.Template.Parse(text, ctx.ContentSpan(node, path), ctx.Diagnostics);
            if (ctx.Diagnostics.Items.Count > problems)
            {
                return null; // a reference never closed, or not a name: reported where it is
            }
            if (!template.IsLiteral)
            {
                resolved = ctx.Variables.Resolve(ctx, template, span, what.Noun);
                if (resolved is null)
                {
                    return null;
                }
                text = resolved.Value;
            }
        }
        if (!parse(text, out var value))
        {
            ctx.Report(resolved is null ? bad(span, text) : badResolved(span, resolved));
            return null;
        }
        if (resolved is not null)
        {
            ctx.NoteResolved(span, resolved);
        }
        return value;
    }
}
