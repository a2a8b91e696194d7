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

    /// <summary>A template, with its syntax checked; references are checked later by <see cref="ReferenceChecker"/>.</summary>
    public static Template? Template(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path);
        return text is null ? null : Checklists.Template.Parse(text, ctx.ContentSpan(node, path), ctx.Diagnostics);
    }

    /// <summary>A positive duration.</summary>
    public static TimeSpan? Duration(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path, "a duration such as 30s");
        if (text is null)
        {
            return null;
        }
        if (!Durations.TryParse(text, out var value))
        {
            ctx.Report(LoadErrors.BadDuration(ctx.Span(node, path), text));
            return null;
        }
        return value;
    }

    /// <summary>A size in bytes.</summary>
    public static long? Size(YamlContext ctx, YamlNode node, string path)
    {
        var text = Text(ctx, node, path, "a size such as 10MB");
        if (text is null)
        {
            return null;
        }
        if (!Sizes.TryParse(text, out var value))
        {
            ctx.Report(LoadErrors.BadSize(ctx.Span(node, path), text));
            return null;
        }
        return value;
    }

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
}
