namespace Ingestion.Parser.Core;

/// <summary>
/// "Thu, Sep 26, 2013, 18:42" / "First published: Thu, Sep 26, 2013, 07:15": an Irish daily prints the story's last
/// change as a bare date line and its first publication under it, labelled. The labelled line names the publish time
/// when it is not later than the line over it (a later one would be no first publication).
/// </summary>
internal static class FirstPublishedUnderDate
{
    private static readonly string[] Labels = ["First published", "First posted", "Originally published", "Originally posted"];

    /// <summary>Whether the line opens with a first-publication label ("First published: …", "Originally posted …").</summary>
    public static bool HasLabel(string text)
    {
        if (text.Length is 0 or > 80 || text[0] is not ('F' or 'O' or 'f' or 'o'))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.Length > label.Length && text[label.Length] is ' ' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="first"/>, a whole date and clock, is not later than <paramref name="shown"/>.</summary>
    public static bool IsNotLater(PageTime first, PageTime shown) =>
        first is { Date: { } firstDay, Time: { } firstClock } && shown is { Date: { } shownDay, Time: { } shownClock }
        && (firstDay < shownDay || (firstDay == shownDay && firstClock <= shownClock));
}
