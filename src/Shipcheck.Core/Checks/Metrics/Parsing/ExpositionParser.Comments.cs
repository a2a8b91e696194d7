namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    // After '#': HELP, TYPE (and in OpenMetrics UNIT and EOF) mean something; any other comment is skipped.
    private bool Comment(ref LineCursor cursor)
    {
        if (!cursor.SkipBlankTab())
        {
            return false;
        }
        if (cursor.Current == '\n')
        {
            return true;
        }
        var complete = cursor.ReadUntilWhitespace(out var keyword);
        if (_openMetrics && keyword.SequenceEqual("EOF"u8) && (!complete || cursor.Current == '\n'))
        {
            _sawEof = true;
            return true;
        }
        if (!complete)
        {
            return false;
        }
        if (cursor.Current == '\n')
        {
            return true;
        }
        var kind = keyword.SequenceEqual("HELP"u8) ? 'H' : keyword.SequenceEqual("TYPE"u8) ? 'T' : _openMetrics && keyword.SequenceEqual("UNIT"u8) ? 'U' : ' ';
        if (kind == ' ')
        {
            return cursor.SkipRestOfLine();
        }
        if (!cursor.SkipBlankTab() || !ReadMetricName(ref cursor))
        {
            return false;
        }
        if (cursor.Current == '\n')
        {
            return true;
        }
        if (!LineCursor.IsBlankOrTab(cursor.Current))
        {
            return Fail("invalid metric name in comment");
        }
        if (!ResolveFamily() || !cursor.SkipBlankTab())
        {
            return false;
        }
        if (cursor.Current == '\n')
        {
            return true;
        }
        return kind switch
        {
            'H' => Help(ref cursor),
            'T' => TypeLine(ref cursor),
            _ => Unit(ref cursor),
        };
    }

    private bool Help(ref LineCursor cursor)
    {
        var family = _family!;
        if (family.Help is not null)
        {
            return Fail($"second HELP line for metric name {Quoted(family)}");
        }
        if (!ReadHelpText(ref cursor))
        {
            return false;
        }
        family.Help = _strings.Get(_text.Span);
        return true;
    }

    private bool TypeLine(ref LineCursor cursor)
    {
        var family = _family!;
        if (family.Type is not null)
        {
            return Fail($"second TYPE line for metric name {Quoted(family)}, or TYPE reported after samples");
        }
        if (!cursor.ReadRestOfLine(out var keyword))
        {
            return false;
        }
        if (MetricTypes.Parse(keyword, _openMetrics) is not { } type)
        {
            return Fail($"unknown metric type {GoQuote.Text(keyword)}");
        }
        family.Type = type;
        return true;
    }

    private bool Unit(ref LineCursor cursor)
    {
        if (!cursor.ReadRestOfLine(out var unit))
        {
            return false;
        }
        _family!.Unit = _strings.Get(unit);
        return true;
    }

    // The rest of the line with \\, \n and \" unescaped; any other escape is an error.
    private bool ReadHelpText(ref LineCursor cursor)
    {
        _text.Clear();
        var escaped = false;
        while (true)
        {
            if (escaped)
            {
                if (!Unescape(cursor.Current, _text))
                {
                    return false;
                }
                escaped = false;
            }
            else if (cursor.Current == '\n')
            {
                return true;
            }
            else if (cursor.Current == '\\')
            {
                escaped = true;
            }
            else
            {
                // Copy the text up to the next escape or the end of the line at once.
                var run = cursor.Remaining.IndexOfAny((byte)'\\', (byte)'\n');
                _text.Add(cursor.Current);
                _text.Add(run < 0 ? cursor.Remaining : cursor.Remaining[..run]);
                if (!cursor.SkipAndNext(run < 0 ? cursor.Remaining.Length : run))
                {
                    return false;
                }
                continue;
            }
            if (!cursor.Next())
            {
                return false;
            }
        }
    }

    private bool Unescape(byte escaped, ByteScratch into)
    {
        switch (escaped)
        {
            case (byte)'\\':
            case (byte)'"':
                into.Add(escaped);
                return true;
            case (byte)'n':
                into.Add((byte)'\n');
                return true;
            default:
                return Fail($"invalid escape sequence '\\{(char)escaped}'");
        }
    }
}
