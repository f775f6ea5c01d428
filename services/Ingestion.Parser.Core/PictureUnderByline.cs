namespace Ingestion.Parser.Core;

/// <summary>
/// "Startup's vertical farm … wins $12 million" / "By Keisha Langford" / "Feb 10, 2020" / "Rows of lettuce under LED
/// lights" / "Lettuce grows under LED lights in a former department store … Greenlot Farms": a text browser prints a
/// picture's alt text over its caption, and the two read as a headline and its standfirst. Under the byline, with a
/// headline above it, a pair whose first line's words mostly recur in the second is the picture, not the title.
/// </summary>
internal static class PictureUnderByline
{
    /// <summary>The headline above the byline when <paramref name="alt"/> over <paramref name="caption"/> is a picture, or null.</summary>
    public static int? HeadlineAbove(int alt, int caption, Func<int, int?> headlineAboveByline, PageLines lines) =>
        Words.MostOccurIn(lines[alt].Text, lines[caption].Text) ? headlineAboveByline(alt) : null;
}
