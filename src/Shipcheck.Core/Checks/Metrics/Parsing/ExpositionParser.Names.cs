using System.Buffers;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    // A metric name, bare (http_requests_total) or quoted with escapes ("my.metric"), into _token.
    private bool ReadMetricName(ref LineCursor cursor) => ReadName(ref cursor, metric: true);

    // A label name, bare or quoted, into _token.
    private bool ReadLabelName(ref LineCursor cursor) => ReadName(ref cursor, metric: false);

    // The bytes a bare name goes on with; a quote (which starts quoting) or the end of the line takes the slow path.
    private static readonly SearchValues<byte> MetricNameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:"u8);
    private static readonly SearchValues<byte> LabelNameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"u8);

    private bool ReadName(ref LineCursor cursor, bool metric)
    {
        _token.Clear();
        if (!IsNameStart(cursor.Current, metric))
        {
            return true;
        }
        if (cursor.Current != '"')
        {
            // Most names are bare: take them in one scan instead of byte by byte.
            var run = cursor.RunAfterCurrent(metric ? MetricNameBytes : LabelNameBytes);
            if (run >= 0 && cursor.Remaining[run] != '"')
            {
                _token.Add(cursor.Current);
                _token.Add(cursor.Remaining[..run]);
                return cursor.SkipAndNext(run);
            }
        }
        var quoted = false;
        var escaped = false;
        while (true)
        {
            if (escaped)
            {
                if (!Unescape(cursor.Current, _token))
                {
                    return false;
                }
                escaped = false;
            }
            else
            {
                switch (cursor.Current)
                {
                    case (byte)'"':
                        quoted = !quoted;
                        if (!quoted)
                        {
                            return cursor.Next();
                        }
                        break;
                    case (byte)'\n':
                        return Fail($"{(metric ? "metric" : "label")} name {GoQuote.Text(_token.Span)} contains unescaped new-line");
                    case (byte)'\\':
                        escaped = true;
                        break;
                    default:
                        _token.Add(cursor.Current);
                        break;
                }
            }
            if (!cursor.Next())
            {
                return false;
            }
            var b = cursor.Current;
            if (!(quoted || IsNameStart(b, metric) || char.IsAsciiDigit((char)b)) || (!quoted && b == (metric ? ' ' : '=')))
            {
                return true;
            }
        }
    }

    private static bool IsNameStart(byte b, bool metric) =>
        char.IsAsciiLetter((char)b) || b is (byte)'_' or (byte)'"' || (metric && b == ':');

    // A label value after its opening quote, unescaped into _text; Current is the closing quote afterwards.
    private bool ReadLabelValue(ref LineCursor cursor)
    {
        _text.Clear();
        // Most values have no escapes: copy up to the closing quote at once.
        var rest = cursor.Remaining;
        var special = rest.IndexOfAny((byte)'"', (byte)'\\', (byte)'\n');
        if (special >= 0 && rest[special] == '"')
        {
            _text.Add(rest[..special]);
            return cursor.SkipAndNext(special);
        }
        var escaped = false;
        while (true)
        {
            if (!cursor.Next())
            {
                return false;
            }
            if (escaped)
            {
                if (!Unescape(cursor.Current, _text))
                {
                    return false;
                }
                escaped = false;
                continue;
            }
            switch (cursor.Current)
            {
                case (byte)'"':
                    return true;
                case (byte)'\n':
                    return Fail($"label value {GoQuote.Text(_text.Span)} contains unescaped new-line");
                case (byte)'\\':
                    escaped = true;
                    break;
                default:
                    _text.Add(cursor.Current);
                    break;
            }
        }
    }
}
