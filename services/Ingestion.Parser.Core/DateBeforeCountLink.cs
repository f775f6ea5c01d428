namespace Ingestion.Parser.Core;

/// <summary>
/// "12. März 2013 14:05 Uhr Kommentare 23", "March 12, 2013 9:05 AM 14 Comments": German weeklies and blogs of 2010–2014
/// print the link to the thread, with its count, at the end of the date line. The words before the link are the date.
/// </summary>
internal static class DateBeforeCountLink
{
    /// <summary>A count link is a word and a number ("Kommentare 23", "23 Kommentare", "Comments (4)").</summary>
    private const int MaxLinkWords = 2;

    public static bool TryParse(string line, out PageTime time)
    {
        time = default;
        var text = line.AsSpan().TrimEnd();
        if (text.Length > DateLineParser.LongestLine || !Words.HasDigit(text))
        {
            return false;
        }

        var cut = text.Length;
        for (var words = 0; words < MaxLinkWords; words++)
        {
            cut = text[..cut].TrimEnd().LastIndexOf(' ');
            if (cut <= 0)
            {
                return false;
            }

            if (CommentHeadings.DeclaredCount(text[(cut + 1)..].ToString()) is not null && DateLineParser.TryParseLine(text[..cut].TrimEnd(" |·•-–—"), out time))
            {
                return true;
            }
        }

        return false;
    }
}
