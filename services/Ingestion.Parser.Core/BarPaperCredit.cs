namespace Ingestion.Parser.Core;

/// <summary>
/// "Brendan Kessler | Tickerline", "Dana Ruiz | The Ledger": a business or news site credits its own photographer's
/// picture under the caption with the name and the site's name parted by a bar, on a line of its own, as other sites
/// part them by a slash ("Tom Castellanos / The Cedar Valley Times"). The photographer is a person's name of two or
/// three capitalised words; the site's name a few capitalised words, none of them a button or a menu's heading, so a
/// menu row ("Sign In | Register", "Most Read | Most Commented") is no credit.
/// </summary>
internal static class BarPaperCredit
{
    private const int MaxLength = 70;

    private const int MaxSiteWords = 4;

    private const string Bar = " | ";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf(Bar, StringComparison.Ordinal) is not (> 0 and var bar) || Words.EndsSentence(text))
        {
            return false;
        }

        var name = text[..bar].Trim();
        var site = text[(bar + Bar.Length)..].Trim();
        return site.IndexOf('|') < 0 && Words.Count(name) is 2 or 3 && Words.Count(site) is >= 1 and <= MaxSiteWords
            && Words.LooksLikePersonName(name) && Words.LooksLikeName(site) && IsPlainCapitalisedName(name, isPerson: true) && IsPlainCapitalisedName(site, isPerson: false)
            && !BylineParser.IsRole(site.ToString()) && !BoilerplateFilter.IsRelatedHeading(name.ToString()) && !BoilerplateFilter.IsRelatedHeading(site.ToString());
    }

    /// <summary>
    /// Every word capitalised, no digit, no handle or address, none a button ("Share", "Email"); the person's name holds no
    /// menu word either ("Sign In", "Breaking News"), where a site's name may ("Tickerline News").
    /// </summary>
    private static bool IsPlainCapitalisedName(ReadOnlySpan<char> text, bool isPerson)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word is not [var first, ..] || !char.IsUpper(first) || Words.HasDigit(word) || word.IndexOfAny('@', '/') >= 0
                || BoilerplateFilter.IsWidgetWord(word) || (isPerson && MenuWords.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The account and menu buttons a header's bar-parted row holds, which the widget words do not list, and a byline's
    /// "By" ("By Rob Halversen | Ashford Ledger" names the writer and the paper).
    /// </summary>
    private static readonly WordSet MenuWords = new(["by", "sign", "in", "out", "log", "register", "subscribe", "home", "login", "logout", "help", "contact", "about", "search", "more", "news", "sports", "weather"]);
}
