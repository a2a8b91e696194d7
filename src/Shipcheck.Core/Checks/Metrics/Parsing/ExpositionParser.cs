using System.Text.Unicode;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// A hand-written parser of the Prometheus text format 0.0.4 and of OpenMetrics 1.0, fed one line at a time so a
/// response is parsed while it streams in. It follows the state machine of the reference parser (prometheus/common
/// expfmt's <c>TextParser</c>, with UTF-8 names) so that it accepts and rejects the same input with the same messages;
/// OpenMetrics adds <c># EOF</c>, <c># UNIT</c>, its types and suffixes, float timestamps and exemplars (skipped).
/// Not thread-safe: one parser per exposition.
/// </summary>
public sealed partial class ExpositionParser
{
    private readonly bool _openMetrics;
    private readonly Func<string, bool>? _keepFamily;
    private readonly Dictionary<string, MetricFamily> _byName = new(StringComparer.Ordinal);
    private readonly List<MetricFamily> _families = [];
    private readonly Utf8StringPool _strings = new();
    private readonly List<Label> _labels = [];
    private readonly ByteScratch _token = new();
    private readonly ByteScratch _text = new();
    private int _line;
    private ExpositionError? _error;
    private bool _sawEof;

    /// <summary>Creates a parser.</summary>
    /// <param name="openMetrics">True for OpenMetrics (the response said <c>application/openmetrics-text</c>), false for text 0.0.4.</param>
    /// <param name="keepFamily">
    /// Decides per family name whether its metrics are kept; the lines of the others are still checked, but cost no
    /// memory. Null keeps every family.
    /// </param>
    public ExpositionParser(bool openMetrics = false, Func<string, bool>? keepFamily = null)
    {
        _openMetrics = openMetrics;
        _keepFamily = keepFamily;
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True once the input was found invalid; further lines are ignored.</summary>
    public bool Failed => _error is not null;

    /// <summary>Parses a whole exposition held in memory; <paramref name="keepFamily"/> as for the constructor.</summary>
    public static Exposition Parse(ReadOnlySpan<byte> text, bool openMetrics = false, Func<string, bool>? keepFamily = null)
    {
        var parser = new ExpositionParser(openMetrics, keepFamily);
        while (!text.IsEmpty && !parser.Failed)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..(end + 1)];
            parser.ParseLine(line);
            text = text[line.Length..];
        }
        return parser.Finish();
    }

    /// <summary>
    /// Parses one line, new-line included; only the last line of the input may lack one. Returns false once the
    /// input is invalid.
    /// </summary>
    public bool ParseLine(ReadOnlySpan<byte> line)
    {
        if (_error is not null)
        {
            return false;
        }
        _line++;
        var cursor = new LineCursor(line);
        if (!StartOfLine(ref cursor) && _error is null)
        {
            // The line ended where the format needs more: the input was cut short.
            Fail("unexpected end of input stream");
        }
        return _error is null;
    }

    /// <summary>The families read so far, and the error if the input was invalid or (OpenMetrics) not finished.</summary>
    public Exposition Finish()
    {
        if (_error is null && _openMetrics && !_sawEof)
        {
            _error = new ExpositionError(_line, "the OpenMetrics exposition does not end with '# EOF' (was the response cut short?)");
        }
        return new Exposition([.. _families.Where(f => f.HasSamples)], _error, _line);
    }

    private bool Fail(string message)
    {
        _error ??= new ExpositionError(_line, message);
        return false;
    }

    private bool StartOfLine(ref LineCursor cursor)
    {
        _insideBraces = false;
        _nameInsideBraces = false;
        if (!cursor.SkipBlankTab())
        {
            // Blanks up to the end of the input are a clean end.
            return true;
        }
        if (_sawEof && cursor.Current != '\n')
        {
            return Fail("unexpected content after '# EOF'");
        }
        switch (cursor.Current)
        {
            case (byte)'#':
                ForgetResolvedNames();
                return Comment(ref cursor);
            case (byte)'\n':
                return true;
            case (byte)'{':
                _insideBraces = true;
                _family = null;
                StartLabels();
                return LabelSet(ref cursor);
            default:
                return MetricName(ref cursor);
        }
    }

    private string Quoted(MetricFamily? family) => GoQuote.Text(family?.Name ?? "");

    private static bool IsValidName(ReadOnlySpan<byte> name) => name.Length > 0 && Utf8.IsValid(name);
}
