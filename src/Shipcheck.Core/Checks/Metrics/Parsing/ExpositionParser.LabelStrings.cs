using System.Text.Unicode;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    // Labels past this many in a line are decoded through the pool only.
    private const int MaxRecentLabels = 32;

    private readonly List<RecentString> _recentNames = [];
    private readonly List<RecentString> _recentValues = [];

    // How many names of the last label set read the positions hold, and whether each name of the current set so far
    // is the one there: then it is neither reserved nor a repeat, since that set was checked.
    private int _namesOfLastLabelSet;
    private bool _namesAsLastLabelSet;

    // name="value" then ',' or '}', with a bare name, no blanks and no escapes, as most labels are: read in place
    // without copying. Leaves Current on the ',' or '}' and returns whether the label is valid; null (having read
    // nothing) for any other label, which the general path then reads.
    private bool? PlainLabel(ref LineCursor cursor)
    {
        if (!(char.IsAsciiLetter((char)cursor.Current) || cursor.Current == '_'))
        {
            return null;
        }
        var rest = cursor.FromCurrent;
        var nameLength = rest.IndexOfAnyExcept(LabelNameBytes);
        if (nameLength < 0 || rest[nameLength] != '=' || nameLength + 1 == rest.Length || rest[nameLength + 1] != '"')
        {
            return null;
        }
        var value = rest[(nameLength + 2)..];
        var valueLength = value.IndexOfAny((byte)'"', (byte)'\\', (byte)'\n');
        // The ',' or '}' after the closing quote.
        var end = nameLength + 2 + valueLength + 1;
        if (valueLength < 0 || value[valueLength] != '"' || end == rest.Length || rest[end] is not ((byte)',' or (byte)'}'))
        {
            return null;
        }
        cursor.SkipAndNext(end - 1);
        return LabelName(rest[..nameLength]) is { } name && AddLabel(name, value[..valueLength]);
    }

    // After a label name and '=': the quoted value, then ',' or '}' (left in Current).
    private bool LabelValue(ref LineCursor cursor)
    {
        if (LabelName(_token.Span) is not { } name)
        {
            return false;
        }
        if (!cursor.SkipBlankTab())
        {
            return false;
        }
        if (cursor.Current != '"')
        {
            return Fail($"expected '\"' at start of label value, found {GoQuote.Byte(cursor.Current)}");
        }
        if (!ReadLabelValue(ref cursor) || !AddLabel(name, _text.Span))
        {
            return false;
        }
        if (!cursor.SkipBlankTab())
        {
            return false;
        }
        return cursor.Current is (byte)',' or (byte)'}' || Fail($"unexpected end of label value {GoQuote.Text(_text.Span)}");
    }

    // The name of the next label as a string, or null (having failed) when it is reserved, not UTF-8 or a repeat.
    private string? LabelName(ReadOnlySpan<byte> utf8)
    {
        var position = _labels.Count;
        if (_namesAsLastLabelSet && position < Math.Min(_namesOfLastLabelSet, _recentNames.Count) && _recentNames[position].For(utf8) is { } same)
        {
            return same;
        }
        _namesAsLastLabelSet = false;
        if (utf8.SequenceEqual("__name__"u8))
        {
            Fail("label name \"__name__\" is reserved");
            return null;
        }
        if (Decode(_recentNames, position, utf8) is not { } name)
        {
            Fail($"invalid label name {GoQuote.Text(utf8)}");
            return null;
        }
        foreach (var label in _labels)
        {
            if (label.Name == name)
            {
                Fail($"duplicate label names for metric {Quoted(_family)}");
                return null;
            }
        }
        return name;
    }

    private bool AddLabel(string name, ReadOnlySpan<byte> utf8)
    {
        // A family that is not kept needs its values checked, not decoded, except the bound of a bucket or quantile.
        var value = _family is { Kept: false } && name is not ("le" or "quantile")
            ? (Utf8.IsValid(utf8) ? "" : null)
            : Decode(_recentValues, _labels.Count, utf8);
        if (value is null)
        {
            return Fail($"invalid label value {GoQuote.Text(utf8)}");
        }
        _labels.Add(new Label(name, value));
        return true;
    }

    // The string of a label name or value at a position of the line: the one remembered there when the bytes are the
    // same as the line before's, else decoded through the pool; null when the bytes are not UTF-8.
    private string? Decode(List<RecentString> recent, int position, ReadOnlySpan<byte> utf8)
    {
        var remembered = position < MaxRecentLabels;
        if (remembered)
        {
            while (recent.Count <= position)
            {
                recent.Add(new RecentString());
            }
            if (recent[position].For(utf8) is { } same)
            {
                return same;
            }
        }
        if (!Utf8.IsValid(utf8))
        {
            return null;
        }
        var text = _strings.Get(utf8);
        return remembered ? recent[position].Remember(utf8, text) : text;
    }
}
