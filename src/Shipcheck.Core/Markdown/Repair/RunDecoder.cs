using System.Buffers;
using System.Text;

namespace Shipcheck.Core.Markdown.Repair;

/// <summary>One run of upper-half characters of a code page, turned back into bytes and decoded as UTF-8 where they allow.</summary>
/// <param name="CodePage">The code page the run was read as.</param>
/// <param name="Length">How many characters of the line the run covers.</param>
/// <param name="Text">The run with every complete UTF-8 character decoded and every other character kept.</param>
/// <param name="RepairedChars">How many of the run's characters became part of a decoded character.</param>
/// <param name="Damaged">The kept pieces that start a UTF-8 character but lack a byte.</param>
internal sealed record DecodedRun(LegacyCodePage CodePage, int Length, string Text, int RepairedChars, IReadOnlyList<string> Damaged);

/// <summary>Decodes the run of a code page's characters that starts at a position of a line.</summary>
internal static class RunDecoder
{
    public static DecodedRun Decode(string line, int start, LegacyCodePage page)
    {
        var bytes = new List<byte>();
        for (var i = start; i < line.Length && page.TryGetByte(line[i], out var b); i++)
        {
            bytes.Add(b);
        }
        var run = bytes.ToArray();
        var text = new StringBuilder();
        var damaged = new List<string>();
        var repaired = 0;
        var j = 0;
        while (j < run.Length)
        {
            var status = Rune.DecodeFromUtf8(run.AsSpan(j), out var rune, out var consumed);
            // A decoded control character (U+0080–U+009F) is not text anyone wrote; keep what was there.
            if (status == OperationStatus.Done && consumed >= 2 && rune.Value >= 0xA0)
            {
                text.Append(rune.ToString());
                repaired += consumed;
                j += consumed;
                continue;
            }
            var partial = PartialLength(run, j);
            if (partial > 0)
            {
                damaged.Add(line.Substring(start + j, partial));
                text.Append(line, start + j, partial);
                j += partial;
                continue;
            }
            text.Append(line[start + j]);
            j++;
        }
        return new DecodedRun(page, run.Length, text.ToString(), repaired, damaged);
    }

    // A lead byte followed by at least one but too few continuation bytes: a character whose last byte was lost.
    private static int PartialLength(byte[] run, int at)
    {
        var needed = run[at] switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        var continuations = 0;
        while (at + 1 + continuations < run.Length && continuations < needed - 1 && run[at + 1 + continuations] is >= 0x80 and <= 0xBF)
        {
            continuations++;
        }
        return continuations >= 1 && continuations < needed - 1 ? 1 + continuations : 0;
    }
}
