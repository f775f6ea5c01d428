namespace Ingestion.Parser.Core;

/// <summary>
/// "route9", "img-4412": a picture's alt text that WordPress filled in from its file name, which a text browser prints on
/// a line of its own in the text. Lower-case letters with digits or hyphens and no space: no paragraph is written so.
/// Only a text page's lines are asked: an HTML page's text holds no alt text, and a heading there may name a tool so
/// ("regex2fat" over a newsletter's entry).
/// </summary>
internal static class PictureSlug
{
    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 4 or > 40)
        {
            return false;
        }

        bool letter = false, mark = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letter = true;
            }
            else if (char.IsAsciiDigit(c) || c is '-' or '_')
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

    private const int MinWordLength = 3;
    private const int MaxWordLength = 20;

    /// <summary>
    /// "bypass", "hi-riverton-bus-852": alt text a CMS filled in from the picture's file name, a slug or one lower-case
    /// word, which w3m and lynx print on a line of their own over the caption. A word that heads a thread ("comments",
    /// the link to the thread over a headline, its count filled in by a script the dump did not run) names no picture.
    /// </summary>
    public static bool IsFileNameAlt(string line)
    {
        var text = line.AsSpan().Trim();
        return Is(line) || (text.Length is >= MinWordLength and <= MaxWordLength && !text.ContainsAnyExceptInRange('a', 'z')
            && CommentHeadings.Classify(line) == CommentHeadings.Kind.None);
    }
}
