namespace Ingestion.Parser.Core;

/// <summary>
/// "Anzeige" / "* Fibu und mehr – einfach und sicher aus der Cloud" / "* Web-Anwendungen vor Bot-Angriffen schützen": a
/// news site's box of advertisers' links under its ad label, which a text browser prints as a list. The label alone is
/// a widget; the links under it are no text of the story, nor readers' comments under a thread's heading.
/// </summary>
internal static class AdvertisedLinkList
{
    /// <summary>The most links such a box holds: a longer list under the label is the page's own.</summary>
    private const int MostLinks = 15;

    private static readonly WordSet Labels = new(
        "anzeige", "anzeigen", "werbung", "advertisement", "advertisements", "sponsored", "sponsored links", "promoted links", "publicité", "publicidad");

    public static bool Is(PageLines lines, int index)
    {
        if (!TextBrowserBullet.Opens(lines[index].Text))
        {
            return false;
        }

        var i = index - 1;
        for (var links = 1; i >= 0 && links <= MostLinks && TextBrowserBullet.Opens(lines[i].Text); links++)
        {
            i--;
        }

        // lynx prints the list right under its label, w3m after a blank line.
        if (i >= 0 && lines[i].IsBlank)
        {
            i--;
        }

        return i >= 0 && IsLabel(lines[i].Text);
    }

    /// <summary>
    /// "Anzeige", "Werbung:": an ad label alone on its line, with or without the colon a blog sets after it over its
    /// affiliate links (<see cref="AdLabelledLinkList"/>).
    /// </summary>
    public static bool IsLabel(ReadOnlySpan<char> text) => Labels.Contains(text.Trim().TrimEnd(':').TrimEnd());
}
