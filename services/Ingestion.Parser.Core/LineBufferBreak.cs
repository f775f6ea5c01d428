using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// lynx and w3m write no output line longer than their line buffer, about a thousand bytes, whatever width they are asked
/// for: a paragraph longer than that is broken at the last space before the limit, the rest on the next line ("… some sort
/// of newspaper baron (Jon" / "Voight) who I assume …"). The long line then ends mid-sentence and the short rest reads as a
/// paragraph of its own, so the first was taken for a caption and the second for the text. The two lines are one
/// paragraph again.
/// </summary>
internal static class LineBufferBreak
{
    /// <summary>
    /// Where the browsers broke the line, in UTF-8 bytes with its indentation (1,004 to 1,039 on the pages seen): a line
    /// shorter or longer was not broken by the buffer.
    /// </summary>
    private const int MinBrokenBytes = 990;
    private const int MaxBrokenBytes = 1060;

    /// <summary>A line of fewer characters cannot fill the buffer, even in three-byte characters: the cheap gate.</summary>
    private const int MinBrokenChars = MinBrokenBytes / 3;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && IsBroken(lines[i], lines[i + 1]))
            {
                joined ??= lines.GetRange(0, i);
                joined.Add(lines[i] with { Text = lines[i].Text + " " + lines[i + 1].Text });
                i++;
                continue;
            }

            joined?.Add(lines[i]);
        }

        return joined ?? lines;
    }

    /// <summary>A line the buffer filled, ending mid-sentence, and its rest right under it at the same indentation (lynx may add one space).</summary>
    private static bool IsBroken(TextLine line, TextLine next)
    {
        if (line.Text.Length < MinBrokenChars || next.IsBlank || Math.Abs(next.Indent - line.Indent) > 1)
        {
            return false;
        }

        var bytes = line.Indent + Encoding.UTF8.GetByteCount(line.Text);
        // A table's row fills the buffer too, its cells padded with runs of spaces ("Sections      Headline      "): a
        // broken paragraph is single-spaced prose ending on a word.
        return bytes is >= MinBrokenBytes and <= MaxBrokenBytes && line.Text[^1] != ' ' && !Words.EndsSentence(line.Text)
            && !line.Text.Contains("   ", StringComparison.Ordinal) && !next.Text.Contains("   ", StringComparison.Ordinal);
    }
}
