namespace Ingestion.Parser.Core;

/// <summary>
/// "Ferry adds a night run to the harbour" / "New, 154 comments" / "Late boats sold out all summer" / "by Name Nov 29,
/// 2016, 10:00am EST": a story header's comment badge, which a text browser prints on a line of its own between the
/// headline and the deck, parts no headline from its deck. The line over the badge is the one the deck stands under.
/// </summary>
internal static class CountBadgeUnderHeadline
{
    /// <summary>
    /// The line the deck at <paramref name="under"/> stands under: <paramref name="above"/>, or the line over it when
    /// <paramref name="above"/> is a comment count right over the deck. Only a count heading is stepped over (a cached
    /// classification), once.
    /// </summary>
    public static int Over(PageLines lines, int above, int under)
    {
        if (above < 0 || under - above > 2 || lines.HeadingKind(above) != CommentHeadings.Kind.Count)
        {
            return above;
        }

        var headline = lines.PreviousNonBlank(above);
        return headline >= 0 && above - headline <= 2 ? headline : above;
    }
}
