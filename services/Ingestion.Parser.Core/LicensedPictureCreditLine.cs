using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Photo (cc) : &lt;a&gt;jdupont&lt;/a&gt;", "Image illustrative : &lt;a&gt;Des briques&lt;/a&gt; by &lt;a&gt;Jean Dupont&lt;/a&gt;, en licence
/// &lt;a&gt;Creative Commons by&lt;/a&gt;": a blog or review closes its text with the credit of the picture over the story,
/// borrowed under a free licence. A picture word heads it with a colon, and it names the licence; it is a caption entry,
/// as printed, and no paragraph of the text.
/// </summary>
internal static class LicensedPictureCreditLine
{
    private static readonly PrefixSet PictureWords = new(
        ["photo", "photos", "image", "images", "illustration", "visuel", "crédit photo", "crédits photo", "crédit image", "picture", "foto", "bild", "header image", "featured image"]);

    private static readonly PhraseSet LicenceMarks = new(
        ["(cc)", "creative commons", "cc by", "cc-by", "cc0", "licence", "license", "lizenz", "public domain", "domaine public", "wikimedia commons", "flickr"]);

    private const int MaxLineLength = 300;

    /// <summary>How many words the label before the colon holds at most ("Image d'illustration sous licence").</summary>
    private const int MaxLabelWords = 4;

    /// <summary>The credit lines closing <paramref name="root"/>'s text, in page order; they leave the text.</summary>
    public static List<string> Take(IElement root)
    {
        var credits = new List<string>();
        var paragraphs = root.SelectAll("p");
        for (var i = paragraphs.Length - 1; i >= 0; i--)
        {
            var text = Whitespace.Collapse(paragraphs[i].TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            if (!Is(text))
            {
                break;
            }

            credits.Insert(0, text);
            paragraphs[i].Remove();
        }

        return credits;
    }

    /// <summary>Whether a paragraph is a labelled picture credit naming a licence.</summary>
    public static bool Is(string text)
    {
        var span = text.AsSpan();
        if (span.Length > MaxLineLength)
        {
            return false;
        }

        var word = PictureWords.MatchLength(span);
        var colon = span.IndexOf(':');
        if (word == 0 || (word < span.Length && char.IsLetter(span[word])) || colon < word || span.Length - colon < 3
            || Words.Count(span[..colon]) > MaxLabelWords || span[word..colon].ContainsAny('.', '!', '?'))
        {
            return false;
        }

        return !HasSentenceBreak(span[colon..]) && LicenceMarks.FoundIn(span);
    }

    /// <summary>
    /// "… sur la licence. Elle demande …": a stop, a space and a capitalised word after a word of two letters or more. A
    /// photographer's initial ("J. Dupont") is no break.
    /// </summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (var i = 2; i + 3 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && char.IsLower(text[i + 3])
                && char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2]))
            {
                return true;
            }
        }

        return false;
    }
}
