namespace Ingestion.Parser.Core;

/// <summary>
/// "… most of the breaches came about courtesy of phishing and stolen credentials.": "courtesy of" inside a sentence of
/// the text, between two lower-case words, says how a thing came about. A picture's lender after the phrase is named
/// ("…, courtesy of NASA", "Courtesy of the Harbour Museum", "Photo courtesy of our readers"), so the phrase counts as a
/// credit mark only when a name, an article or a picture word stands beside it, and a paragraph whose only mark is the
/// sentence's phrase is no caption.
/// </summary>
internal static class CourtesyOfInSentence
{
    private const string Phrase = "courtesy of ";

    /// <summary>The length of the phrase, for the text after it.</summary>
    public const int Length = 11;

    /// <summary>The words a lender's credit puts the phrase after ("Photo courtesy of …", "Images courtesy of …").</summary>
    private static readonly WordSet PictureWords = new(["photo", "photos", "photograph", "image", "images", "picture", "pictures", "video", "footage", "graphic", "map", "illustration"]);

    /// <summary>An article opens the lender's name ("courtesy of the artist"), and "a reader" is a lender too.</summary>
    private static readonly WordSet Articles = new(["the", "a", "an"]);

    /// <summary>Where the text's "courtesy of" runs on as a sentence's words, or -1 when it has none or a credit's.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf(Phrase, StringComparison.Ordinal);
        if (at < 2 || !char.IsLower(text[at - 2]))
        {
            return -1;
        }

        var before = text[..(at - 1)];
        var wordBefore = before[(before.LastIndexOf(' ') + 1)..];
        var after = text[(at + Phrase.Length)..];
        var space = after.IndexOf(' ');
        var wordAfter = space < 0 ? after : after[..space];
        return text[at - 1] == ' ' && wordAfter is [var first, ..] && char.IsLower(first) && !Articles.Contains(wordAfter) && !PictureWords.Contains(wordBefore)
            ? at
            : -1;
    }
}
