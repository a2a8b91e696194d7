using System.Text;

namespace Shipcheck.Core.Markdown.Repair;

/// <summary>
/// Repairs UTF-8 that a tool read as a single-byte code page and saved again (<c>‚úÖ</c> for ✅, <c>ìµœì¢…</c> for
/// 최종). Each run of characters from a code page's upper half is turned back into the bytes that code page gave
/// them; every complete UTF-8 character among those bytes replaces its run, and anything else is kept as written.
/// Real text in any language stays as it is: its characters either lie outside the code pages (Korean, emoji) or
/// their bytes are not UTF-8 (German ö is 0xF6, a lead byte with nothing after it).
/// </summary>
public static class MojibakeRepair
{
    /// <summary>Repairs <paramref name="text"/> line by line with the default code pages.</summary>
    public static RepairResult Repair(string text) => Repair(text, LegacyCodePage.Defaults);

    /// <summary>Repairs <paramref name="text"/> line by line, trying <paramref name="codePages"/> in order for each run.</summary>
    public static RepairResult Repair(string text, IReadOnlyList<LegacyCodePage> codePages)
    {
        var repairs = new List<TextRepair>();
        var unrepaired = new List<UnrepairedText>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = RepairLine(lines[i], i + 1, codePages, repairs, unrepaired);
        }
        return new RepairResult(string.Join('\n', lines), repairs, unrepaired);
    }

    private static string RepairLine(string line, int number, IReadOnlyList<LegacyCodePage> codePages, List<TextRepair> repairs, List<UnrepairedText> unrepaired)
    {
        var output = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] < 0x80)
            {
                output.Append(line[i++]);
                continue;
            }
            var best = codePages.Select(page => RunDecoder.Decode(line, i, page)).MaxBy(run => run.RepairedChars)!;
            if (best.RepairedChars > 0)
            {
                repairs.Add(new TextRepair(number, line.Substring(i, best.Length), best.Text, best.CodePage.Name));
                unrepaired.AddRange(best.Damaged.Select(d => Unrepairable(number, d, best.CodePage)));
                output.Append(best.Text);
                i += best.Length;
                continue;
            }
            // Nothing decodes, but a lead byte followed by part of a character is mojibake with a byte lost.
            var damaged = codePages.Select(page => RunDecoder.Decode(line, i, page)).FirstOrDefault(run => run.Damaged.Count > 0);
            if (damaged is not null)
            {
                unrepaired.AddRange(damaged.Damaged.Select(d => Unrepairable(number, d, damaged.CodePage)));
                output.Append(line, i, damaged.Length);
                i += damaged.Length;
                continue;
            }
            output.Append(line[i++]);
        }
        return output.ToString();
    }

    private static UnrepairedText Unrepairable(int line, string text, LegacyCodePage page) => new(line, text, page.Name,
        "a byte of this character was lost when the text was saved (a code page without a character for it); kept as written");
}
