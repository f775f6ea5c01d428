namespace Ingestion.Parser.Core;

/// <summary>
/// "Email Newsletters &gt;" / "Manage newsletter subscriptions" / "Tablets &gt;" / "Apps and E-Editions" / "Mobile &gt;" / "Get
/// news on the go": a footer's promo links, each a label with an arrow over a line of blurb, run together with no blank
/// line between. A run holding two arrow links or more is furniture throughout, blurbs and all; one line ending in an
/// arrow ("Continue reading &gt;") does not make its neighbours furniture.
/// </summary>
internal static class ArrowLinkBlurbs
{
    private static readonly string[] Arrows = [" >", " ›", " »"];

    private const int LongestLine = 60;

    private const int FewestArrowLinks = 2;

    public static bool Has(PageLines lines, int index, int end)
    {
        if (!IsShortLine(lines[index].Text))
        {
            return false;
        }

        var first = index;
        while (first > 0 && !lines[first - 1].IsBlank && IsShortLine(lines[first - 1].Text))
        {
            first--;
        }

        var arrowLinks = 0;
        for (var i = first; i < end && !lines[i].IsBlank; i++)
        {
            if (!IsShortLine(lines[i].Text))
            {
                return false;
            }

            arrowLinks += IsArrowLink(lines[i].Text) ? 1 : 0;
        }

        return arrowLinks >= FewestArrowLinks;
    }

    private static bool IsShortLine(string text) => text.Length <= LongestLine && !Words.EndsSentence(text);

    private static bool IsArrowLink(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        foreach (var arrow in Arrows)
        {
            if (trimmed.EndsWith(arrow, StringComparison.Ordinal) && trimmed.Length > arrow.Length)
            {
                return true;
            }
        }

        return false;
    }
}
