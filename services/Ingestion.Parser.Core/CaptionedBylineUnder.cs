namespace Ingestion.Parser.Core;

/// <summary>
/// "Preps |" / "Playoffs: chalk, toss-ups and upset alerts" / "A quarterback scrambles … (Photo by …)" / "By Dana Ruiz |
/// …": the lead picture's captions stand between a headline and its byline, where a text browser prints the figure. Such
/// a line is the story's headline, like one right over its byline, whatever teaser list ("Trending:") the menu above
/// ends with: a related list's items carry no captioned byline under them. One to three caption lines, then the byline.
/// </summary>
internal static class CaptionedBylineUnder
{
    private const int MostCaptions = 3;

    public static bool Is(PageLines lines, int index, int end)
    {
        var next = lines.NextNonBlank(index, end);
        var captions = 0;
        while (captions < MostCaptions && next < end && lines.IsCaption(next))
        {
            captions++;
            next = lines.NextNonBlank(next, end);
        }

        return captions > 0 && next < end && lines.TryReadMetadata(next, out var found) && found.Authors is not null;
    }
}
