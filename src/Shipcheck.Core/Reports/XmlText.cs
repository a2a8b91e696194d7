using System.Text;
using System.Xml;

namespace Shipcheck.Core.Reports;

/// <summary>Makes text from a run safe for XML 1.0, which forbids most control characters even when escaped.</summary>
internal static class XmlText
{
    /// <summary>The text without characters XML cannot hold (a lone surrogate, NUL, ESC…); tabs and line breaks stay.</summary>
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                continue;
            }
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
        }
        return sb?.ToString() ?? text;
    }
}
