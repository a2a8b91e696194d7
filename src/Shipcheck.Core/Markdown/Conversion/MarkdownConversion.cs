using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>A Markdown checklist converted: the YAML, the report, and the models behind them.</summary>
public sealed record MarkdownConversion(MarkdownChecklist Source, ConvertedChecklist Converted, string Yaml, string Report)
{
    /// <summary>Reads, converts and writes in one go.</summary>
    public static MarkdownConversion Of(MarkdownChecklist source, ConversionOptions? options = null)
    {
        var converted = MarkdownConverter.Convert(source, options);
        return new MarkdownConversion(source, converted, YamlChecklistWriter.Write(converted), ConversionReport.Write(source, converted));
    }
}
