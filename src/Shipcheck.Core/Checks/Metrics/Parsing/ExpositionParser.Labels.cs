using System.Runtime.InteropServices;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    private readonly RepeatedLabels _lastLabelSet = new();
    private int _labelSetStart;

    private void StartLabels()
    {
        _labels.Clear();
        _namesAsLastLabelSet = true;
    }

    private void EndLabels(ref LineCursor cursor)
    {
        _namesOfLastLabelSet = _labels.Count;
        if (!_insideBraces)
        {
            _lastLabelSet.End(cursor.Line[_labelSetStart..], CollectionsMarshal.AsSpan(_labels), _family!.Kept);
        }
    }

    // After '{': label="value" pairs separated by commas; inside braces a quoted name alone is the metric name.
    private bool LabelSet(ref LineCursor cursor)
    {
        if (_insideBraces)
        {
            _lastLabelSet.Forget();
        }
        else
        {
            // The labels this set starts with as the last one did are taken as they are (their names stay those
            // remembered at their places).
            _labelSetStart = cursor.Position;
            var repeated = _lastLabelSet.Repeated(cursor.FromCurrent, _family!.Kept, out var comma);
            _lastLabelSet.Start(repeated);
            if (repeated > 0)
            {
                _labels.AddRange(_lastLabelSet.Labels(repeated));
                cursor.SkipAndNext(comma - 1);
            }
        }
        while (true)
        {
            if (!cursor.SkipBlankTab())
            {
                return false;
            }
            if (cursor.Current == '}')
            {
                return EndOfLabels(ref cursor);
            }
            if (PlainLabel(ref cursor) is { } valid)
            {
                if (!valid)
                {
                    return false;
                }
                if (cursor.Current == '}')
                {
                    return EndOfLabels(ref cursor);
                }
                LabelEndsWithComma(ref cursor);
                continue;
            }
            if (!ReadLabelName(ref cursor))
            {
                return false;
            }
            if (_token.Length == 0)
            {
                return Fail($"invalid label name for metric {Quoted(_family)}");
            }
            if (!cursor.SkipBlankTabIfCurrentBlankTab())
            {
                return false;
            }
            if (cursor.Current != '=')
            {
                if (!_insideBraces)
                {
                    return Fail($"expected '=' after label name, found {GoQuote.Byte(cursor.Current)}");
                }
                if (!MetricNameInsideBraces(ref cursor, out var ended))
                {
                    return false;
                }
                if (ended)
                {
                    return EndOfLabels(ref cursor);
                }
                continue;
            }
            if (!LabelValue(ref cursor))
            {
                return false;
            }
            if (cursor.Current == '}')
            {
                return EndOfLabels(ref cursor);
            }
            LabelEndsWithComma(ref cursor);
        }
    }

    private void LabelEndsWithComma(ref LineCursor cursor)
    {
        if (!_insideBraces)
        {
            _lastLabelSet.Comma(cursor.Position - _labelSetStart);
        }
    }

    // {"my.metric", label="x"}: the token just read was the metric name, followed by ',' or '}'.
    private bool MetricNameInsideBraces(ref LineCursor cursor, out bool ended)
    {
        ended = cursor.Current == '}';
        if (_nameInsideBraces)
        {
            return Fail($"multiple metric names for metric {Quoted(_family)}");
        }
        if (cursor.Current is not ((byte)',' or (byte)'}'))
        {
            return Fail($"unexpected end of metric name {GoQuote.Byte(cursor.Current)}");
        }
        if (!ResolveFamily())
        {
            return false;
        }
        _family!.Type ??= MetricType.Untyped;
        _nameInsideBraces = true;
        return true;
    }
}
