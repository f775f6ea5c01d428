namespace Ingestion.Parser.Core;

/// <summary>
/// A thread's order control printed one option a line, with no "Sort by" label: "Newest first" / "Oldest first" /
/// "Most popular". The last option reads like a related-links heading, but beside the others it is one of them.
/// </summary>
internal static class SortOrders
{
    private static readonly WordSet Options = new(
    [
        "newest first", "oldest first", "newest", "oldest", "most popular", "most recent", "most liked", "most replied", "top comments",
        "best", "popular now", "most discussed", "most thumbs up", "most thumbs down", "recommended", "best rated", "worst rated",
        // Kinja's discussion tabs (2013): "All replies" / "Featured".
        "all replies", "featured",
        // The same tabs on German, French and Spanish sites, printed without their "Sortieren nach:" label when a copy of
        // the page leaves the label's image out: "Neueste zuerst | Älteste zuerst", "Les plus récentes | Les plus anciennes",
        // "Más recientes | Más antiguos".
        "neueste zuerst", "älteste zuerst", "neueste", "älteste", "beliebteste", "beste bewertung", "meistbewertete", "meistdiskutierte",
        "les plus récentes", "les plus anciennes", "les plus récents", "les plus anciens", "les mieux notées", "les mieux notés", "plus récentes", "plus anciennes", "plus récents", "plus anciens",
        "más recientes", "más antiguos", "más antiguas", "más votados", "más valorados", "mejor valorados",
    ]);

    /// <summary>Longest single option ("Les plus récentes") and longest row of them ("Neueste zuerst | Älteste zuerst | Beliebteste").</summary>
    private const int MaxOptionLength = 30;

    private const int MaxRowLength = 80;

    public static bool IsOption(string line) =>
        line.Length <= MaxRowLength && ((line.Length <= MaxOptionLength && Options.Contains(line.AsSpan().Trim())) || IsOptionRow(line.AsSpan().Trim()));

    private const int MaxOptionWords = 3;

    private const string OptionSeparators = "|·•/";

    /// <summary>
    /// "All replies Featured", "Newest Oldest": a text browser prints the tabs on one line with single spaces between; the
    /// line is options only, two at least, when its words split into them from the left. Livefyre and others set them
    /// apart ("Newest | Oldest | Top Comments").
    /// </summary>
    private static bool IsOptionRow(ReadOnlySpan<char> text)
    {
        var options = 0;
        while (!text.IsEmpty)
        {
            var taken = 0;
            var end = 0;
            for (var words = 1; words <= MaxOptionWords; words++)
            {
                var space = text[end..].IndexOf(' ');
                end = space < 0 ? text.Length : end + space;
                if (Options.Contains(text[..end]))
                {
                    taken = end;
                }

                if (space < 0)
                {
                    break;
                }

                end++;
            }

            if (taken == 0)
            {
                return false;
            }

            options++;
            text = text[taken..].TrimStart().TrimStart(OptionSeparators).TrimStart();
        }

        return options >= 2;
    }

    /// <summary>
    /// "Comments (6) Newest first | Oldest first | Most liked": a thread's count heading with its order control printed on
    /// the same line; the heading alone, or the line itself when no control follows it.
    /// </summary>
    public static string WithoutControlAfterCount(string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
        {
            return line;
        }

        foreach (var range in line.AsSpan(bar + 3).Split(" | "))
        {
            if (!IsOption(line[(bar + 3)..][range]))
            {
                return line;
            }
        }

        // The first option ("Newest first", "Best") is glued to the heading by a space.
        var head = line[..bar].TrimEnd();
        if (HeadingBeforeSortLabel(head) is { } labelled)
        {
            return labelled;
        }

        var space = head.LastIndexOf(' ');
        for (var words = 1; words <= 2 && space > 0; words++, space = head.LastIndexOf(' ', space - 1))
        {
            if (IsOption(head[(space + 1)..]))
            {
                return head[..space].TrimEnd();
            }
        }

        return line;
    }

    private const string SortLabel = " Sort by: ";

    private static readonly string[] FormLinks = [" Add comment", " Add a comment", " Add your comment", " Post a comment", " Post comment"];

    /// <summary>
    /// "Comments(23) Add comment Sort by: Newest": the heading, then the form's link and the control's label before its
    /// first option; the heading alone, or null when no "Sort by:" label follows it.
    /// </summary>
    private static string? HeadingBeforeSortLabel(string head)
    {
        var label = head.IndexOf(SortLabel, StringComparison.OrdinalIgnoreCase);
        if (label <= 0 || !IsOption(head[(label + SortLabel.Length)..]))
        {
            return null;
        }

        var heading = head[..label].TrimEnd();
        foreach (var link in FormLinks)
        {
            if (heading.EndsWith(link, StringComparison.OrdinalIgnoreCase))
            {
                return heading[..^link.Length].TrimEnd();
            }
        }

        return heading;
    }

    /// <summary>"Most popular" right under "Oldest first": an option of the sort control, not the page's list heading.</summary>
    public static bool IsAmongOptions(PageLines lines, int index)
    {
        if (!IsOption(lines[index].Text))
        {
            return false;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return IsOption(lines[i].Text);
            }
        }

        return false;
    }
}
