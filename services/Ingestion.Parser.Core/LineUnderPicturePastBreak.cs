using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;a href="big.jpg"&gt;&lt;img&gt;&lt;/a&gt;&lt;br/&gt;&lt;span class="cr2"&gt;The pier at dawn, &lt;span&gt;© Harbour
/// Board&lt;/span&gt;&lt;/span&gt;&lt;/div&gt;": a hand-made picture box breaks the line after the picture and sets its caption in
/// the span that closes the box. The break is layout: the line under the picture is the span past it, read as the
/// element right under the picture is (a caption by its credit, a credit alone). Only a break right after the picture
/// (no words between) before the box's last element, with no words after it, counts; a break followed by more of the
/// box, or by words of the text, leaves the break as the line under the picture, as before. Such a line is a caption
/// when its credit closes it in an element of its own that opens with the copyright sign (<see cref="SignedCaption"/>),
/// the sign marking it where no "Photo:" label or ". © " after a sentence does.
/// </summary>
internal static class LineUnderPicturePastBreak
{
    /// <summary>The element read as the line under <paramref name="picture"/>: its next element, or the span past a break.</summary>
    public static IElement? Below(IElement picture)
    {
        var next = picture.NextElementSibling;
        if (next is not { LocalName: "br" } lineBreak || !OnlyWhitespaceBetween(picture, lineBreak)
            || lineBreak.NextElementSibling is not { LocalName: "span" or "small", NextElementSibling: null } line
            || !OnlyWhitespaceBetween(lineBreak, line) || HasWordsAfter(line))
        {
            return next;
        }

        return line;
    }

    /// <summary>Longest caption line read by its closing credit.</summary>
    private const int LongestLine = 200;

    /// <summary>Longest credit after the sign ("© Harbour Board").</summary>
    private const int MostCreditWords = 4;

    /// <summary>
    /// The caption as shown, when <paramref name="line"/> was found past a break under <paramref name="picture"/> and its
    /// last element, closing it, is a short credit opening with "©"; else null.
    /// </summary>
    public static List<string>? SignedCaption(IElement picture, IElement line)
    {
        if (picture.NextElementSibling == line || line.LastElementChild is not { ChildElementCount: 0 } credit || HasWordsAfter(credit)
            || NodeText.IsLongerThan(line, LongestLine * 2))
        {
            return null;
        }

        var signed = Whitespace.Collapse(credit.TextContent);
        var text = Whitespace.Collapse(line.TextContent);
        if (signed is not ['©', ..] || text.Length > LongestLine || text.Length <= signed.Length
            || Words.CountUpTo(signed.AsSpan(1).Trim(), MostCreditWords + 1) is 0 or > MostCreditWords)
        {
            return null;
        }

        return [text];
    }

    private static bool OnlyWhitespaceBetween(INode first, INode last)
    {
        for (var node = first.NextSibling; node is not null && node != last; node = node.NextSibling)
        {
            if (node is not IText { Data: var data } || !string.IsNullOrWhiteSpace(data))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWordsAfter(INode line)
    {
        for (var node = line.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IText { Data: var data } && !string.IsNullOrWhiteSpace(data))
            {
                return true;
            }
        }

        return false;
    }
}
