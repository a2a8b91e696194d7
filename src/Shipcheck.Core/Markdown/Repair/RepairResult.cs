namespace Shipcheck.Core.Markdown.Repair;

/// <summary>What the mojibake repair did to a text: the repaired text, every change, and what it had to leave alone.</summary>
/// <param name="Text">The text with every repairable run re-decoded; line breaks and line numbers are unchanged.</param>
/// <param name="Repairs">Each changed run, in order.</param>
/// <param name="Unrepaired">Each run that is mis-decoded text but lost a byte, kept as it was.</param>
public sealed record RepairResult(string Text, IReadOnlyList<TextRepair> Repairs, IReadOnlyList<UnrepairedText> Unrepaired)
{
    /// <summary>True when nothing looked mis-decoded.</summary>
    public bool Clean => Repairs.Count == 0 && Unrepaired.Count == 0;
}

/// <summary>One run of text re-decoded: <paramref name="Before"/> was UTF-8 read as <paramref name="CodePage"/>.</summary>
public sealed record TextRepair(int Line, string Before, string After, string CodePage);

/// <summary>
/// Mis-decoded text that cannot be restored: the bytes start a UTF-8 character but one was lost on the way (Windows-1252
/// has no character for 0x81, 0x8D, 0x8F, 0x90 or 0x9D, so a tool that saved through it dropped them).
/// </summary>
public sealed record UnrepairedText(int Line, string Text, string CodePage, string Reason);
