namespace Ingestion.Parser.Core;

/// <summary>
/// "Next Up In Business" / "• The ferry crews finally got their raise. Here's how they won it." / "• Harbour fest returns
/// on June 4": a text browser prints a related-stories list as bullets, and a headline may be two short sentences, which
/// reads as text to a line-by-line check of links (<see cref="BoilerplateFilter.LooksLikeLinkText"/>). Under the heading
/// that announced the list, every bullet of the unbroken run that follows it is one of its links. A blog marks each link
/// with an arrow instead ("Related reading" / "→ How to price a commission" / "→ Notes from a studio move").
/// </summary>
internal static class BulletedHeadlineUnderRelatedHeading
{
    private const int LongestHeadline = 140;

    public static bool Is(PageLines lines, int index, int heading)
    {
        if (!IsBulletedHeadline(lines[index].Text))
        {
            return false;
        }

        // Only bullets (and the one blank line a renderer sets under the heading) between the heading and this line. w3m
        // prints a blog's arrow links parted by line breaks with a blank line between them: one blank line between two
        // bullets keeps the run unbroken, two end it.
        for (var i = index - 1; i > heading; i--)
        {
            if (!(lines[i].IsBlank ? i == heading + 1 || (!lines[i - 1].IsBlank && IsBulletedHeadline(lines[i - 1].Text)) : IsBulletedHeadline(lines[i].Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBulletedHeadline(string text) =>
        text.Length is > 2 and <= LongestHeadline && text[0] is '•' or '*' or '→' && text[1] == ' ' && (char.IsLetterOrDigit(text[2]) || (text[2] is '"' or '“' && text.Length > 3 && char.IsLetterOrDigit(text[3])));
}
