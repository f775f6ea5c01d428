using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// Undoes what a text browser's dump (<c>lynx -dump</c>, <c>w3m -dump</c>) does to a page: link numbers glued to link text
/// ("[12]Share"), a closing "References" list of the links' addresses, "[IMG]" placeholders, and paragraphs wrapped at a
/// fixed width.
/// </summary>
internal static class TextBrowserDump
{
    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        lines = GluedDateAfterName.Split(WrappedCaptionCell.Join(ImagePlaceholderPrefix.Remove(GluedPicturePlaceholder.Remove(RenderedFormResidue.Clean(VideoPlayerControls.Remove(ButtonlessPollBox.Remove(PollBox.Remove(SpecTable.Remove(InlineTabPartedBox.Remove(TabPartedBox.Remove(FiguresTable.Remove(SideColumn.Remove(TableBorders.Remove(LineBufferBreak.Join(lines)))))))))))))));
        var end = ReferencesStart(lines);
        var numbered = end >= 0;
        end = numbered ? end : lines.Count;
        var width = 0;
        for (var i = 0; i < end; i++)
        {
            // A word wider than the page ("http://…/2013/03/12/a-long-slug/") stays whole on a line of its own, past the
            // width the page was wrapped at: only a line with a space in it shows that width.
            if (lines[i].Text.Contains(' ', StringComparison.Ordinal))
            {
                width = Math.Max(width, lines[i].Indent + lines[i].Text.Length);
            }
        }

        if (!numbered && !IsHardWrapped(lines, width))
        {
            width = TableWidth(lines);
            if (width == 0)
            {
                return lines;
            }
        }

        var result = new List<TextLine>(end);
        var paragraph = new StringBuilder();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.Text.StartsWith("#[", StringComparison.Ordinal))
            {
                // The page's <link> elements (feeds, alternates) that lynx lists at the top.
                continue;
            }

            if (line.Text is "[IMG]" or "[image]" || BracketedAltText.Is(lines, i, end))
            {
                // A picture without alt text, or its alt text over the caption that repeats it.
                continue;
            }

            if (IsRule(line.Text))
            {
                // An <hr>, drawn across the page.
                result.Add(new TextLine(0, string.Empty));
                continue;
            }

            paragraph.Append(line.Text);
            if (i + 1 < end && WrapsInto(line, lines[i + 1], width) && !IsLoneLabel(lines, i + 1, end) && !EndsWrapBefore(lines, i, end, width))
            {
                paragraph.Append(' ');
                continue;
            }

            var text = numbered ? WithoutLinkNumbers(paragraph) : paragraph.ToString().Trim();
            paragraph.Clear();
            result.Add(new TextLine(text.Length == 0 ? 0 : line.Indent, text, line.Centred && text.Length > 0));
        }

        return result;
    }

    /// <summary>A line the next one's first word would not have fitted after, that still ends where it does: a button row, a byline or a date line under it.</summary>
    private static bool EndsWrapBefore(List<TextLine> lines, int i, int end, int width)
    {
        if (IsButtonRowUnderText(lines[i + 1].Text))
        {
            return true;
        }

        var nextCarriedOn = i + 2 < end && WrapsInto(lines[i + 1], lines[i + 2], width);
        return RowUnderWrappedSentence.Is(lines[i].Text, lines[i + 1].Text, nextCarriedOn)
            || BylineOrDateInWrap.Is(lines[i].Text, lines[i + 1].Text, nextCarriedOn);
    }

    /// <summary>The "References" heading whose next line is "1. scheme://…": the dump's list of link addresses.</summary>
    private static int ReferencesStart(List<TextLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Text is "References" or "Visible links" or "Visible links:")
            {
                for (var next = i + 1; next < lines.Count; next++)
                {
                    if (!lines[next].IsBlank)
                    {
                        return lines[next].Text.StartsWith("1. ", StringComparison.Ordinal) && lines[next].Text.Contains("://", StringComparison.Ordinal) ? i : -1;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Without a reference list (<c>w3m -dump</c>, <c>lynx -dump -nolist</c>), a page no wider than a terminal where at least
    /// three lines run so close to that width that the next line's first word would not have fitted.
    /// </summary>
    private static bool IsHardWrapped(List<TextLine> lines, int width)
    {
        if (width is < 60 or > 80)
        {
            return false;
        }

        var wraps = 0;
        for (var i = 0; i + 1 < lines.Count && wraps < 3; i++)
        {
            wraps += WrapsInto(lines[i], lines[i + 1], width) ? 1 : 0;
        }

        return wraps >= 3;
    }

    /// <summary>
    /// A page laid out in a fixed-width table (<c>&lt;table width="760"&gt;</c>) that <c>w3m -dump</c> wraps at the table's
    /// width however wide the terminal: a centred copyright line may run far wider, so the width is the widest line that
    /// another line of its block follows, and at least three lines must break at it in mid-sentence.
    /// </summary>
    private static int TableWidth(List<TextLine> lines)
    {
        var width = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank && lines[i + 1].Indent == lines[i].Indent && !IsRule(lines[i].Text))
            {
                width = Math.Max(width, lines[i].Indent + lines[i].Text.Length);
            }
        }

        if (width is <= 80 or > 140)
        {
            return 0;
        }

        // A break in mid-sentence: a line that ends a sentence may simply be followed by its comment's buttons.
        var wraps = 0;
        for (var i = 0; i + 1 < lines.Count && wraps < 3; i++)
        {
            wraps += WrapsInto(lines[i], lines[i + 1], width) && !Words.EndsSentence(lines[i].Text) ? 1 : 0;
        }

        return wraps >= 3 ? width : 0;
    }

    private static bool IsRule(string text) =>
        text.Length >= 3 && text.AsSpan().TrimStart(text[0]).IsEmpty && text[0] is '─' or '━' or '═' or '-' or '=' or '_';

    /// <summary>A line continues into the next when the next one's first word would have made it wider than the page.</summary>
    private static bool WrapsInto(TextLine line, TextLine next, int width)
    {
        // "Author   Message" over the rule under a table's heading row: the rule is drawn across the page, no word of it.
        if (line.IsBlank || next.IsBlank || next.Indent != line.Indent || IsRule(next.Text))
        {
            return false;
        }

        var firstWord = next.Text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : next.Text.Length;
        return line.Indent + line.Text.Length + 1 + firstWord > width;
    }

    /// <summary>
    /// A one-word line that ends its block without ending a sentence, under a line that ends one ("… a second
    /// session." / "Reply", "… together." / "Advertisement"): a button or label of its own that only happened to be too
    /// long for the rest of the line.
    /// </summary>
    private static bool IsLoneLabel(List<TextLine> lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan();
        var number = text.StartsWith("[") ? text.IndexOf(']') : -1;
        text = text[(number + 1)..];
        return !text.Contains(' ') && text.Length > 0 && char.IsLetter(text[^1])
            && (index + 1 >= end || lines[index + 1].IsBlank || lines[index + 1].Indent != lines[index].Indent)
            && Words.EndsSentence(lines[index - 1].Text);
    }

    /// <summary>
    /// "… all night Sunday in the rain." / "Reply • Share ›": a comment's button row is a block of its own, never the end of
    /// a line the text browser wrapped, though the text's last line may fill the width.
    /// </summary>
    private static bool IsButtonRowUnderText(string next) => next.Length <= 80 && CommentLine.IsCommentButtonRow(next);

    private static string WithoutLinkNumbers(StringBuilder paragraph)
    {
        var text = new StringBuilder(paragraph.Length);
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] == '[' && LinkNumberEnd(paragraph, i) is > 0 and var close)
            {
                i = close;
                continue;
            }

            text.Append(paragraph[i]);
        }

        return text.ToString().Trim();
    }

    /// <summary>The index of the "]" closing a link number "[12]" that starts at <paramref name="open"/>, or -1.</summary>
    private static int LinkNumberEnd(StringBuilder text, int open)
    {
        var i = open + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - open <= 5)
        {
            i++;
        }

        return i > open + 1 && i < text.Length && text[i] == ']' ? i : -1;
    }
}
