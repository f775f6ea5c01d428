namespace Ingestion.Parser.Core;

/// <summary>
/// "PHOTOS: Pets waiting for homes" / "1 of 4" / "Rooster, a 2-year-old pit bull mix, has been at the shelter since June." /
/// "2 of 4" / …: a story's photo gallery printed inside its text, each slide nothing but one line under its counter. With
/// no title and no credit beside it, that line is the picture's caption; a slideshow whose slides hold a title, a credit
/// or several lines ("1 of 6" / "Marisol Keane" / "The Silver Lake co-star shines in sequins." / "Frazer Harrison/Getty
/// Images") keeps its slides' text as the post's body.
/// </summary>
internal static class LoneLineSlides
{
    private const int LeastSlides = 3;

    /// <summary>Whether every slide counter of the page, three or more, stands over one line and then the next counter or a blank line.</summary>
    public static bool HasOnlyOneLineSlides(PageLines lines)
    {
        var slides = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || text.Length > 60 || !BoilerplateFilter.IsSlideCounter(text))
            {
                continue;
            }

            if (i + 1 >= lines.Count || lines[i + 1].IsBlank || BoilerplateFilter.IsSlideCounter(lines[i + 1].Text)
                || CaptionDetector.IsCreditOnly(lines[i + 1].Text)
                || !(i + 2 >= lines.Count || lines[i + 2].IsBlank || BoilerplateFilter.IsSlideCounter(lines[i + 2].Text)))
            {
                return false;
            }

            slides++;
        }

        return slides >= LeastSlides;
    }

    /// <summary>Whether the line is a slide's one line, right under its counter.</summary>
    public static bool IsCaption(PageLines lines, int index) =>
        index > 0 && !lines[index].IsBlank && BoilerplateFilter.IsSlideCounter(lines[index - 1].Text);
}
