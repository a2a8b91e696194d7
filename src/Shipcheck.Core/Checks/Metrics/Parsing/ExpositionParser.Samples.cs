using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    private bool _insideBraces;
    private bool _nameInsideBraces;

    // A sample line that starts with its name: name{labels} value [timestamp].
    private bool MetricName(ref LineCursor cursor)
    {
        if (!ReadMetricName(ref cursor))
        {
            return false;
        }
        if (_token.Length == 0)
        {
            return Fail("invalid metric name");
        }
        if (!ResolveFamily())
        {
            return false;
        }
        _family!.Type ??= MetricType.Untyped;
        StartLabels();
        if (!cursor.SkipBlankTabIfCurrentBlankTab())
        {
            return false;
        }
        return cursor.Current == '{' ? LabelSet(ref cursor) : Value(ref cursor);
    }

    private bool EndOfLabels(ref LineCursor cursor)
    {
        if (_family is null)
        {
            return Fail("invalid metric name");
        }
        EndLabels(ref cursor);
        return cursor.SkipBlankTab() && Value(ref cursor);
    }

    // Current is the first byte of the value.
    private bool Value(ref LineCursor cursor)
    {
        var family = _family!;
        if (!TakeBound(family, out var bound))
        {
            return false;
        }
        if (!cursor.ReadUntilWhitespace(out var token))
        {
            return false;
        }
        if (!FloatText.TryParse(token, out var value))
        {
            return Fail($"expected float as value, got {GoQuote.Text(token)}");
        }
        if (!Store(family, value, bound))
        {
            return false;
        }
        return cursor.Current == '\n' || Timestamp(ref cursor);
    }

    // A histogram's le or a summary's quantile label is not a label of the metric but says which bucket or quantile
    // the value is; NaN when the sample is neither.
    private bool TakeBound(MetricFamily family, out double bound)
    {
        bound = double.NaN;
        var special = family.Type == MetricType.Summary ? "quantile" : MetricTypes.IsHistogram(family.Type) ? "le" : null;
        var index = -1;
        for (var i = 0; special is not null && i < _labels.Count; i++)
        {
            if (_labels[i].Name == special)
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            return true;
        }
        var text = _labels[index].Value;
        _labels.RemoveAt(index);
        Span<byte> utf8 = stackalloc byte[64];
        var parsed = Encoding.UTF8.TryGetBytes(text, utf8, out var length) ? FloatText.TryParse(utf8[..length], out bound) : FloatText.TryParse(Encoding.UTF8.GetBytes(text), out bound);
        return parsed
            || Fail($"expected float as value for '{special}' label, got {GoQuote.Text(text)}");
    }

    private bool Timestamp(ref LineCursor cursor)
    {
        if (!cursor.SkipBlankTab())
        {
            return false;
        }
        if (_openMetrics && cursor.Current == '#')
        {
            return cursor.SkipRestOfLine();
        }
        if (!cursor.ReadUntilWhitespace(out var token))
        {
            return false;
        }
        if (_openMetrics ? !FloatText.TryParse(token, out _) : !FloatText.TryParseInteger(token, out _))
        {
            return Fail($"expected {(_openMetrics ? "a number" : "integer")} as timestamp, got {GoQuote.Text(token)}");
        }
        if (_openMetrics && LineCursor.IsBlankOrTab(cursor.Current))
        {
            // An exemplar after the timestamp: # {trace_id="…"} value [timestamp].
            if (!cursor.SkipBlankTab())
            {
                return false;
            }
            if (cursor.Current == '#')
            {
                return cursor.SkipRestOfLine();
            }
        }
        if (!cursor.ReadRestOfLine(out var rest))
        {
            return false;
        }
        return rest.IsEmpty || Fail($"spurious string after timestamp: {GoQuote.Text(rest)}");
    }
}
