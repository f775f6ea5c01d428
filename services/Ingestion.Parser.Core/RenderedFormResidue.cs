using System.Buffers;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// What a text browser prints for the parts of a page that are no text: link elements and frames ("#Atom RSS 1.0",
/// "IFRAME: http://…"), form controls ("(BUTTON) Subscribe",
/// "Name * ______", w3m's "[          ]" fields, "[X]" / "[ ]" check boxes), a picture's file name in brackets when it
/// has no alt text (w3m: "[13ed]Maggie Thorsen says:", "[trail-cedar-point]"), the glyphs w3m and lynx draw for nested
/// list items ("□", "☆", "○"; lynx's "+" and "o" under a "*" item), and a line centred across a wide page. A writer
/// types none of these, so they are undone on any page.
/// </summary>
internal static class RenderedFormResidue
{
    private static readonly SearchValues<char> Suspects = SearchValues.Create("([_^");

    /// <summary>Lynx centres a centred heading in its whole width: at 1,024 columns that is hundreds of spaces.</summary>
    private const int CentredIndent = 60;

    public static List<TextLine> Clean(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        var listIndent = -1;
        var threadIndent = -1;
        var numberedIndent = -1;
        var atTop = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cleaned = line;
            // A server's error printed before the page ("Warning: … on line 145") comes before lynx's list of link elements.
            atTop = atTop && (line.IsBlank || IsLinkElement(line.Text) || ServerErrorLine.Is(line.Text));
            if (line.Text.StartsWith("* ", StringComparison.Ordinal))
            {
                threadIndent = line.Indent == threadIndent || HoldsNestedItems(lines, i) ? line.Indent : -1;
            }
            else if (!line.IsBlank && line.Indent <= threadIndent)
            {
                threadIndent = -1;
            }

            var underNumbered = numberedIndent >= 0 && line.Indent > numberedIndent;
            if (IsNumberedItem(line.Text))
            {
                numberedIndent = line.Indent;
            }
            else if (!line.IsBlank && line.Indent <= numberedIndent)
            {
                numberedIndent = -1;
            }

            if (line.Text.StartsWith("* ", StringComparison.Ordinal) || IsNumberedItem(line.Text))
            {
                listIndent = line.Indent;
            }
            else if (line.IsBlank || (line.Indent <= listIndent && !line.Text.StartsWith("+ ", StringComparison.Ordinal)))
            {
                listIndent = line.IsBlank ? listIndent : -1;
            }

            if (line.Indent != threadIndent && !underNumbered && IsLoneItem(lines, i))
            {
                // A list of one link ("* Log in or register to post comments"): a link row, no list. A lone item nested
                // in a numbered one ("  2. Dyan S" / "    * Alex279") is the one reply a converter marks "*" (links, html2text).
                cleaned = new TextLine(line.Indent, line.Text[2..]);
            }
            else if (IsPictureFileName(line.Text) && IsOverCreditedCaption(lines, i))
            {
                // "CSD-Parade.jpg" / "Parade zum Christopher-Street-Day" / "Foto: …": printed in brackets, as w3m prints a
                // picture without alt text, the name tells the article reader that the line under it is the caption.
                cleaned = new TextLine(line.Indent, AsPictureFileLine(line.Text));
            }
            else if (IsPictureFileName(line.Text) || (atTop && !line.IsBlank) || line.Text.StartsWith("IFRAME: ", StringComparison.Ordinal))
            {
                cleaned = new TextLine(0, string.Empty);
            }
            else if (IsEmptyNestedItem(lines, i, listIndent))
            {
                // "Lire la réponse à ce commentaire Alerter Répondre" / "□" / "□ Avatar": an empty item (a thread's folded
                // reply holder) over the reply it holds. A run of them is a row of icon links (share buttons), kept so
                // that it still ends the story.
                cleaned = new TextLine(0, string.Empty);
            }
            else if (IsPlaceholderOverCaption(lines, i))
            {
                // "[elm]" / "Crews dig out the broken main …" / blank: the article reader drops the placeholder and takes the line for its caption.
            }
            else if (FollowButtonsAfterName.Name(line.Text) is { } writer)
            {
                cleaned = new TextLine(line.Indent, writer);
            }
            else if (AvatarAltText.WithoutReaderStatus(line.Text) is { } picture)
            {
                cleaned = new TextLine(line.Indent, picture);
            }
            else if (line.Text.AsSpan().ContainsAny(Suspects) || line.Indent >= CentredIndent
                || (line.Text.Length > 2 && line.Text[1] == ' ' && line.Text[0] is '□' or '☆' or '○' or '+' or 'o' or '#' or '@'))
            {
                cleaned = Cleaned(line, listIndent);
            }

            // "* harkovian" over "+ PeteInLeeds": the items of a list that nests others (a thread) get the bullet their nested
            // items get, so the thread reads alike at every level.
            if (line.Indent == threadIndent && cleaned.Text.StartsWith("* ", StringComparison.Ordinal))
            {
                cleaned = new TextLine(cleaned.Indent, "• " + cleaned.Text[2..]);
            }

            var labelAbove = cleaned.IsBlank && IsFormField(line.Text) && i > 0 && !lines[i - 1].IsBlank && QuestionOverFormField.Is(lines[i - 1].Text);
            if (result is null && (cleaned != line || labelAbove))
            {
                result = new List<TextLine>(lines.Count);
                result.AddRange(lines.Take(i));
            }

            if (labelAbove)
            {
                result![^1] = new TextLine(0, string.Empty);
            }

            result?.Add(cleaned);
        }

        return result ?? lines;
    }

    /// <summary>A short picture placeholder alone on its line, right over one line that a blank line closes.</summary>
    private static bool IsPlaceholderOverCaption(List<TextLine> lines, int index) =>
        PictureFileLine.IsShortPlaceholder(lines[index].Text) && (index == 0 || lines[index - 1].IsBlank)
        && index + 1 < lines.Count && !lines[index + 1].IsBlank && (index + 2 == lines.Count || lines[index + 2].IsBlank);

    private static TextLine Cleaned(TextLine line, int listIndent)
    {
        var text = line.Text;
        // "1. [blank]": a list item opening with a picture without alt text (Blogger's avatar, "blank.gif") keeps its number.
        if (NumberLength(text) is > 0 and var number && IsBracketsOnly(text[number..]))
        {
            return new TextLine(line.Indent, text[..(number - 1)]);
        }

        if (PictureFileLine.Is(text))
        {
            // The article reader drops it, and takes the line under it for the picture's caption.
            return line;
        }

        if (MastheadButtons.LogoBeforeSearchField(text) is { } logo)
        {
            return new TextLine(line.Indent, logo);
        }

        // "newsdaily.com.au Login Register ____": lynx's search field at the end of the top bar, after the logo.
        if (LogoBeforeSearchUnderscores(text) is { } topBar)
        {
            return new TextLine(line.Indent, topBar);
        }

        // "Jun 7, 2023, 8:54 PM UTC| (BUTTON) Comments": a button set after the date in the story's header row goes alone.
        if (CellBeforeButton(text) is { } beforeButton)
        {
            return new TextLine(line.Indent, beforeButton);
        }

        if (BracketedThreadLink.Link(text) is { } threadLink)
        {
            return new TextLine(line.Indent, threadLink);
        }

        // "[BUTTON Input] (not implemented)____": lynx's placeholder for a control it cannot draw.
        if (text.Contains("(BUTTON)", StringComparison.Ordinal) || text.Contains("(not implemented)", StringComparison.Ordinal) || IsFormField(text) || IsCheckBox(text) || IsBracketsOnly(text))
        {
            return new TextLine(0, string.Empty);
        }

        if (text.Length > 2 && text[1] == ' '
            && (text[0] is '□' or '☆' or '○' || (listIndent >= 0 && line.Indent > listIndent && text[0] is '+' or 'o' or '#' or '@')))
        {
            text = "• " + text[2..];
        }

        text = WithoutSuperscriptMarks(WithoutPictureNames(text));
        var centred = line.Indent >= CentredIndent;
        return text.Length == 0 ? new TextLine(0, string.Empty) : new TextLine(centred ? 0 : line.Indent, text, centred);
    }

    /// <summary>The text of a row's cells before a bar that a button follows, or null.</summary>
    private static string? CellBeforeButton(string text)
    {
        var button = text.IndexOf("(BUTTON)", StringComparison.Ordinal);
        if (button <= 0 || text.AsSpan(0, button).TrimEnd() is not [.., '|'] before)
        {
            return null;
        }

        var kept = before[..^1].TrimEnd();
        return kept.IsEmpty || kept.Contains("(BUTTON)", StringComparison.Ordinal) ? null : kept.ToString();
    }

    /// <summary>A nested list item with nothing in it ("□"; lynx's "+" or "o" under a "*" item) whose neighbours are no such items.</summary>
    private static bool IsEmptyNestedItem(List<TextLine> lines, int index, int listIndent) =>
        IsEmptyNestedGlyph(lines[index], listIndent)
        && (index == 0 || !IsEmptyNestedGlyph(lines[index - 1], listIndent))
        && (index + 1 == lines.Count || !IsEmptyNestedGlyph(lines[index + 1], listIndent));

    private static bool IsEmptyNestedGlyph(TextLine line, int listIndent) =>
        line.Text.Length == 1 && (line.Text[0] is '□' or '☆' or '○' || (listIndent >= 0 && line.Indent > listIndent && line.Text[0] is '+' or 'o'));

    /// <summary>Whether the "* " list starting here holds a "+ " item, lynx's second level, before it ends.</summary>
    private static bool HoldsNestedItems(List<TextLine> lines, int index)
    {
        var indent = lines[index].Indent;
        for (var i = index + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (line.Indent < indent || (line.Indent == indent && !line.Text.StartsWith("* ", StringComparison.Ordinal)))
            {
                return false;
            }

            if (line.Indent > indent && line.Text.StartsWith("+ ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1. Wendell in Ames": an item of a numbered list, whose nested lists lynx marks "+" and "o" as under "*".</summary>
    private static bool IsNumberedItem(string text) =>
        NumberLength(text) is > 0 and var number && number < text.Length && char.IsLetterOrDigit(text[number]);

    /// <summary>The length of a numbered list item's "12. ", or 0.</summary>
    private static int NumberLength(string text)
    {
        if (text.Length < 3 || !char.IsAsciiDigit(text[0]))
        {
            return 0;
        }

        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and <= 3 && !text.AsSpan(0, dot).ContainsAnyExceptInRange('0', '9') ? dot + 2 : 0;
    }

    private static bool IsLoneItem(List<TextLine> lines, int index) =>
        lines[index].Text.StartsWith("* ", StringComparison.Ordinal) && lines[index].Indent > 0
        && !IsItemNear(lines, index, -1) && !IsItemNear(lines, index, 1);

    private static bool IsItemNear(List<TextLine> lines, int index, int step)
    {
        var next = index + step;
        while (next >= 0 && next < lines.Count && lines[next].IsBlank)
        {
            next += step;
        }

        return next >= 0 && next < lines.Count && lines[next].Text.Length > 1 && lines[next].Text[1] == ' ' && lines[next].Text[0] is '*' or '+' or 'o' or '•';
    }

    /// <summary>The top bar before lynx's search field, when it opens with the logo and its sign-in link; otherwise null.</summary>
    private static string? LogoBeforeSearchUnderscores(string text)
    {
        var field = text.IndexOf("_____", StringComparison.Ordinal);
        if (field <= 0 || !text.AsSpan(field).Trim().Trim('_').IsEmpty)
        {
            return null;
        }

        var bar = text[..field].TrimEnd();
        return LogoBeforeSignIn.Name(bar) is not null ? bar : null;
    }

    /// <summary>"Name * ______", "[                    ]Subscribe": a text field, drawn as a run of underscores or spaces.</summary>
    private static bool IsFormField(string text) =>
        text.Contains("_____", StringComparison.Ordinal) || text.Contains("[    ", StringComparison.Ordinal);

    /// <summary>
    /// "[spillway]", "[owen][lena]", "[INS::INS]", "[Vote]", "[Post Comment]": w3m prints a picture without alt text by its
    /// name, an empty ad slot and a button in brackets; a line of nothing else holds no text.
    /// </summary>
    private static bool IsBracketsOnly(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 3 || span[0] != '[' || span[^1] != ']')
        {
            return false;
        }

        foreach (var range in span[1..^1].Split("]["))
        {
            var token = span[1..^1][range];
            if (token.IsEmpty || token.Contains('[') || token.Contains(']') || (token.Contains(' ') && span.Length > 30) || (Words.EndsSentence(token) && !IsPrompt(token)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"[Join the discussion…]", "[Add a comment...]": a comment box's placeholder, which trails off.</summary>
    private static bool IsPrompt(ReadOnlySpan<char> token) => token.EndsWith("…") || token.EndsWith("...");

    /// <summary>
    /// "#Atom RSS 1.0", "#Home Recent Entries": lynx lists a page's &lt;link&gt; elements (feeds, start page) by their titles
    /// above the page; only at the top of the dump, so a hashtag line in the text stays.
    /// </summary>
    private static bool IsLinkElement(string text) => text.Length > 1 && text[0] == '#' && char.IsLetter(text[1]);

    /// <summary>
    /// "ferry-drydock.jpg": the file name lynx and w3m print for a picture without alt text; twice ("ferry-drydock.jpg
    /// ferry-drydock.jpg") for a linked picture, the link's name and the picture's.
    /// </summary>
    private static bool IsPictureFileName(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length is < 5 or > 160 || !PictureFileName.Is(span))
        {
            return false;
        }

        foreach (var range in span.Split(' '))
        {
            if (!PictureFileName.Is(span[range]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A line right under the picture's name with a credit ("Foto: …", "Photo by …") right under it: the picture's caption.
    /// A picture with its name alone over a paragraph ("suh.gif" / "Suh skipped his postgame obligations …") has none.
    /// </summary>
    private static bool IsOverCreditedCaption(List<TextLine> lines, int index)
    {
        var caption = NextNonBlank(lines, index);
        var credit = caption < 0 ? -1 : NextNonBlank(lines, caption);
        return caption - index <= 2 && credit - caption is > 0 and <= 2 && IsLabelledCredit(lines[credit].Text);
    }

    /// <summary>"Photo by Marcus Feld", "Foto: cubicroot via Unsplash (Unsplash License)": a short line that says it is a credit.</summary>
    private static bool IsLabelledCredit(string text) =>
        CaptionDetector.IsLabelledCredit(text) || (text.Length <= LongestCredit && CaptionDetector.OpensWithLabel(text) && !Words.EndsSentence(text));

    private const int LongestCredit = 100;

    private static int NextNonBlank(List<TextLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"ferry-drydock.jpg ferry-drydock.jpg" as w3m prints a picture without alt text: "[ferry-drydock.jpg] [ferry-drydock.jpg]".</summary>
    private static string AsPictureFileLine(string text) => "[" + Whitespace.Collapse(text).Replace(" ", "] [", StringComparison.Ordinal) + "]";

    /// <summary>"le 1^er juin", "the 2^nd": w3m marks a superscript with a caret, which the page does not show.</summary>
    private static string WithoutSuperscriptMarks(string text)
    {
        var caret = text.IndexOf('^', StringComparison.Ordinal);
        if (caret < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '^' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>"[X] Store and/or access …", "* [ ] Save my name …": a check box and its label.</summary>
    private static bool IsCheckBox(string text)
    {
        var span = text.AsSpan();
        span = span.StartsWith("* ") ? span[2..] : span;
        return span.StartsWith("[ ]") || span.StartsWith("[X]") || span.StartsWith("[x]") || span.StartsWith("[*]");
    }

    /// <summary>Drops "[name]" tokens that read as a picture's file name: lower-case letters with digits or hyphens.</summary>
    private static string WithoutPictureNames(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var start = 0;
        while (open >= 0)
        {
            var close = text.IndexOf(']', open + 1);
            if (close < 0)
            {
                break;
            }

            if (IsPictureName(text.AsSpan(open + 1, close - open - 1)))
            {
                result.Append(text, start, open - start);
                start = close + 1;
            }

            open = text.IndexOf('[', close + 1);
        }

        return start == 0 ? text : result.Append(text, start, text.Length - start).ToString().Trim();
    }

    private static bool IsPictureName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 60)
        {
            return false;
        }

        bool letter = false, mark = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letter = true;
            }
            else if (char.IsAsciiDigit(c) || c is '-' or '_' or '.')
            {
                mark = true;
            }
            else
            {
                return false;
            }
        }

        return letter && mark;
    }
}
